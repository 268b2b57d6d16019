package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.ExportActions;

/**
 * Wires {@code CounterfactualView.fxml} to the view model: the settings bar, the chips of the run on show and
 * their replacement menu, the aligned comparison with its metrics and KL chart, the branch tree, the sweep,
 * and the exports. Built by {@link CounterfactualView} (no reflection on constructors); holds no state of its own.
 */
public final class CounterfactualController {
    @FXML private ComboBox<String> prompt;
    @FXML private Button generate, fromStepper;
    @FXML private ProgressIndicator busy;
    @FXML private TextField seed, temperature, topK, topP, minP, maxTokens, interventionalSeed;
    @FXML private CheckBox cautious;
    @FXML private Label message, runTitle, metrics, nodeDetails, sweepTitle;
    @FXML private ChipStrip chips;
    @FXML private FlowPane legend;
    @FXML private AlignedComparisonView comparison;
    @FXML private KlChart kl;
    @FXML private Button exportComparison, openInStepper, exportTree, runSweep, exportSweep;
    @FXML private TreeView<Integer> tree;
    @FXML private Spinner<Integer> sweepPosition, sweepM;
    @FXML private TableView<SweepResult.Row> sweepTable;

    private final CounterfactualViewModel vm;
    private final PanelHooks hooks;
    private SettingsForm form;
    private SweepBinder sweeps;
    private ContextMenu menu;

    CounterfactualController(CounterfactualViewModel vm, PanelHooks hooks) {
        this.vm = vm;
        this.hooks = hooks;
    }

    @FXML
    private void initialize() {
        form = new SettingsForm(prompt, seed, temperature, topK, topP, minP, maxTokens, cautious, interventionalSeed);
        prompt.setItems(vm.prompts());
        form.show(vm.settingsProperty().get());
        vm.settingsProperty().addListener((obs, was, now) -> form.show(now));
        generate.setOnAction(e -> onGenerate());
        generate.setTooltip(new Tooltip("Makes the factual run from these settings. A new run starts a new branch tree."));
        fromStepper.setOnAction(e -> hooks.stepperSection().get().ifPresentOrElse(s -> vm.startFrom(StepperImport.section(s)),
                () -> vm.showProblem("The project has no Stepper run or settings to start from.")));
        fromStepper.setTooltip(new Tooltip("Takes the Stepper's prompt, settings and run as the factual run; starts a new branch tree."));
        cautious.setTooltip(new Tooltip("Cautious decoding (CNTP) for the factual run; replays then use the cautious decoder too."));
        busy.visibleProperty().bind(vm.busyProperty());
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        chips.setEmptyText("No factual run yet: choose a prompt, set the seed and sampler, and press Generate factual run.");
        chips.setOnChipClicked((chip, node) -> openMenu((ReplacementMenu.Target) chip.key(), node));
        vm.baseProperty().addListener((obs, was, now) -> showRun());
        vm.factsProperty().addListener((obs, was, now) -> {
            showRun();
            showComparison();
        });
        ComparisonRows.legend(legend);
        comparison.setEmptyText("Click a token above to replace it. The counterfactual replays the rest with the factual run's "
                + "Gumbel noise; the interventional baseline resamples it with fresh noise. Their rows appear here, aligned "
                + "by position under the factual one.");
        vm.comparisonProperty().addListener((obs, was, now) -> showComparison());
        exportComparison.disableProperty().bind(vm.comparisonProperty().isNull());
        exportComparison.setOnAction(e -> FileExports.comparisonMenu(comparison, this::comparisonHtml)
                .show(exportComparison, Side.BOTTOM, 0, 0));
        ExportActions.install(kl.chart(), ExportActions.chartMenu(kl.chart(), this::klData));

        new BranchTreeBinder(tree, nodeDetails, vm);
        exportTree.disableProperty().bind(vm.factualProperty().isNull());
        exportTree.setOnAction(e -> FileExports.save(exportTree, "Export branch tree", "branches.json", "JSON", "*.json",
                FileExports.text(this::treeJson)));
        openInStepper.setOnAction(e -> openInStepper());

        sweeps = new SweepBinder(sweepPosition, sweepM, runSweep, sweepTitle, sweepTable, vm);
        ExportActions.install(sweepTable, ExportActions.tableMenu(sweepTable, () -> CounterfactualExports.sweepTable(vm.sweepProperty().get())));
        exportSweep.disableProperty().bind(vm.sweepProperty().isNull());
        exportSweep.setOnAction(e -> FileExports.save(exportSweep, "Export sweep", "sweep.csv", "CSV table", "*.csv",
                f -> CsvWriter.write(CounterfactualExports.sweepTable(vm.sweepProperty().get()), f)));
        showRun();
        showComparison();
    }

    private void onGenerate() {
        try {
            vm.settingsProperty().set(form.read(vm.settingsProperty().get()));
        } catch (IllegalArgumentException e) {
            vm.showProblem(Labels.sentence(e.getMessage()));
            return;
        }
        vm.generate();
    }

    /** The chips of the run clicks change: its prompt tokens, then its generated ones. */
    private void showRun() {
        Trace t = vm.baseProperty().get();
        ModelFacts facts = vm.factsProperty().get();
        Integer node = vm.selectedProperty().get();
        runTitle.setText(node == null ? "Factual run" : "Branch " + node + ": its counterfactual run");
        if (t == null || facts == null) {
            chips.setChips(List.of());
            return;
        }
        FactualRun run = vm.factualProperty().get();
        boolean samePrompt = run != null && Arrays.equals(run.trace().promptIds(), t.promptIds());
        List<ChipStrip.Chip> out = new ArrayList<>();
        int[] prompt = t.promptIds();
        for (int i = 0; i < prompt.length; i++) {
            FactualRun.Ranked alts = samePrompt ? run.promptAlternatives().get(i) : FactualRun.Ranked.NONE;
            out.add(new ChipStrip.Chip(facts.token(prompt[i]), List.of("cf-chip-prompt"), "prompt position " + i + " · id " + prompt[i]
                    + " · click to replace", new ReplacementMenu.Target(true, i, prompt[i], alts)));
        }
        for (Step s : t.steps()) {
            FactualRun.Ranked alts = new FactualRun.Ranked(s.stages().get(0).topIds(), s.stages().get(0).topProbs());
            String tip = "position " + s.index() + " · id " + s.id() + (s.forced() ? " · forced by a change"
                    : " · p " + Labels.percent(s.prob()) + " (raw " + Labels.percent(s.probRaw()) + ")") + " · click to replace";
            out.add(new ChipStrip.Chip(facts.token(s.id()), s.forced() ? List.of("cf-chip-forced") : List.of(), tip,
                    new ReplacementMenu.Target(false, s.index(), s.id(), alts)));
        }
        chips.setChips(out);
    }

    private void openMenu(ReplacementMenu.Target target, Label node) {
        ModelFacts facts = vm.factsProperty().get();
        if (facts == null) {
            return;
        }
        if (menu != null) {
            menu.hide();
        }
        if (!target.inPrompt()) {
            sweeps.propose(target.position());
        }
        menu = ReplacementMenu.create(target, facts, vm);
        node.getStyleClass().add("cf-chip-open");
        menu.setOnHidden(e -> node.getStyleClass().remove("cf-chip-open"));
        ReplacementMenu.show(menu, node);
    }

    /** The menu on show, for tests that pick an alternative. */
    ContextMenu replacementMenu() {
        return menu;
    }

    private void showComparison() {
        Comparison c = vm.comparisonProperty().get();
        ModelFacts facts = vm.factsProperty().get();
        if (c == null || facts == null) {
            comparison.setRows(List.of(), -1);
            metrics.setText(vm.branchesProperty().get().isEmpty() ? "" : "Select a branch in the tree to compare its runs.");
            kl.show(0, new double[0]);
            return;
        }
        Branch b = c.nodeId() < vm.branchesProperty().get().size() ? vm.branchesProperty().get().get(c.nodeId()) : null;
        String baseName = b == null || b.node().parent() == null ? "factual" : "branch " + b.node().parent();
        comparison.setRows(ComparisonRows.rows(c, facts, baseName), c.intervention().inPrompt() ? -1 : c.intervention().position());
        metrics.setText(ComparisonRows.metrics(c, vm.branchesProperty().get()));
        kl.show(c.result().klStart(), c.result().kl());
    }

    private String label(Comparison c) {
        Branches b = vm.branchesProperty().get();
        return c.nodeId() < b.size() ? "Branch " + c.nodeId() + ": " + b.get(c.nodeId()).node().label() : "Counterfactual";
    }

    private String comparisonHtml() {
        Comparison c = vm.comparisonProperty().get();
        return ComparisonHtml.page(c, vm.factsProperty().get(), label(c));
    }

    private org.tokenscope.views.export.ChartData klData() {
        Comparison c = vm.comparisonProperty().get();
        return c == null ? CounterfactualExports.klChart(List.of(), List.of(), List.of()) : CounterfactualExports.klChart(c, label(c));
    }

    private String treeJson() {
        ModelFacts f = vm.factsProperty().get();
        return CounterfactualExports.treeJson(vm.factualProperty().get(), vm.branchesProperty().get(), f == null ? null : f.sha256());
    }

    private void openInStepper() {
        if (vm.baseProperty().get() == null) {
            vm.showProblem("Generate the factual run (or wait for the selected branch) before opening it in the Stepper.");
        } else if (hooks.openInStepper() == null) {
            vm.showProblem("The Stepper cannot take a run from this panel yet. Until it can, copy the branch's settings: the "
                    + "factual seed and sampler above, with the change shown in the tree, reproduce it exactly.");
        } else {
            hooks.openInStepper().accept(vm.selectedProperty().get());
        }
    }
}
