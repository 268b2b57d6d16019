package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Lexicon;
import org.tokenscope.host.premium.MisalignedCorpusException;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.ParallelCorpus;
import org.tokenscope.host.premium.PremiumException;
import org.tokenscope.host.premium.PremiumSettings;
import org.tokenscope.host.premium.PremiumTable;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.host.tokenize.TokenizerCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "premium", mixinStandardHelpOptions = true,
        description = "Tokenizer premiums across the languages of a parallel corpus: tokens and premium against a reference "
                + "language, bytes, characters, fertility, vocabulary use, unknown share, and %%valid/%%pure with lexicons.")
final class PremiumCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", defaultValue = ParallelCorpus.UDHR, paramLabel = "udhr|flores:DIR|FILE",
            description = "The bundled UDHR (complete translations), a FLORES-200 folder, or a TSV (lang<TAB>id<TAB>text) "
                    + "or JSONL ({\"lang\", \"id\", \"text\"}) file (default: ${DEFAULT-VALUE}).")
    String corpus;

    @Option(names = "--tokenizers", defaultValue = "r50k,cl100k,o200k", split = ",", paramLabel = "LIST",
            description = "r50k, p50k, cl100k, o200k, bytes, codepoints (chars), model, or tokenizer.json paths "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> tokenizers;

    @Option(names = "--reference", defaultValue = PremiumSettings.DEFAULT_REFERENCE, paramLabel = "CODE",
            description = "Language premiums are relative to (default: ${DEFAULT-VALUE}).")
    String reference;

    @Option(names = "--convention", defaultValue = "petrov", paramLabel = "petrov|sentences",
            description = "petrov: one joined string per language, tokenized once; sentences: sum of per-segment counts "
                    + "(default: ${DEFAULT-VALUE}).")
    String convention;

    @Option(names = "--normalize", defaultValue = "none", paramLabel = "none|nfc|nfkc",
            description = "Unicode normalisation before counting (default: ${DEFAULT-VALUE}).")
    String normalize;

    @Option(names = "--lexicon", paramLabel = "LANG=FILE",
            description = "Hunspell .dic (with its .aff) or word list for a language, for valid_share and pure_share; repeatable.")
    Map<String, Path> lexicons = new LinkedHashMap<>();

    @Option(names = "--whole-document",
            description = "Accept a corpus whose languages hold different segments, comparing whole texts only.")
    boolean wholeDocument;

    @Option(names = "--csv", description = "Print a CSV header line and one line per row.")
    boolean csv;

    @Override
    public Integer call() {
        if (output.json && csv) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json and --csv are exclusive: choose one");
        }
        Convention conventionValue = parse(() -> Convention.of(convention));
        Normalization normalization = parse(() -> Normalization.of(normalize));
        int threads = modelOptions.effectiveThreads();
        List<Tokenizer> loaded = new ArrayList<>();
        LanguageModel model = null;
        try {
            ParallelCorpus parallel = ParallelCorpus.open(corpus);
            if (tokenizers.stream().anyMatch(name -> name.strip().equals(TokenizerCatalog.MODEL))) {
                model = modelOptions.load();
            }
            for (String name : tokenizers) {
                loaded.add(tokenizer(name.strip(), model));
            }
            Map<String, Lexicon> lexiconsByLanguage = new LinkedHashMap<>();
            lexicons.forEach((language, file) -> lexiconsByLanguage.put(language, Lexicon.forLanguage(file, language)));
            PremiumSettings settings = new PremiumSettings(reference, conventionValue, normalization, wholeDocument,
                    lexiconsByLanguage, threads);
            PremiumTable table = PremiumTable.compute(parallel, loaded, settings, Cli.progress(spec), Cancellation.none());
            String out;
            if (output.json) {
                ObjectNode meta = model == null ? Json.withMeta("premium", settings(settings))
                        : Json.withMeta("premium", model, settings(settings));
                out = Json.write(PremiumOutput.json(table, meta));
            } else {
                out = csv ? PremiumOutput.csv(table) : PremiumOutput.summary(table, parallel.size());
            }
            spec.commandLine().getOut().print(out.endsWith("\n") ? out : out + "\n");
            return 0;
        } catch (MisalignedCorpusException e) {
            throw new InputException(e.getMessage() + " (--whole-document)", e);
        } catch (PremiumException e) {
            throw new InputException(e.getMessage(), e);
        } finally {
            loaded.forEach(PremiumCommand::closeIfFile);
            if (model != null) {
                model.close();
            }
        }
    }

    /** {@code model} is the hosted model's tokenizer.json, named {@code model} in the rows as on the command line. */
    private Tokenizer tokenizer(String name, LanguageModel model) {
        if (name.equals(TokenizerCatalog.MODEL)) {
            Path file = model.folder().tokenizerJson().orElseThrow(() -> new InputException(
                    "the model in " + model.folder().dir() + " has no tokenizer.json, so 'model' cannot be compared"));
            return HfTokenizer.load(file, TokenizerCatalog.MODEL);
        }
        try {
            return TokenizerCatalog.byName(name, null);
        } catch (IllegalArgumentException e) { // an unknown name is a usage error; a broken file is not (TokenizerException)
            throw new CommandLine.ParameterException(spec.commandLine(), "--tokenizers: " + e.getMessage());
        }
    }

    private static void closeIfFile(Tokenizer t) {
        if (t instanceof HfTokenizer hf) {
            hf.close(); // built-in tokenizers are shared by the catalog; only files are ours to close
        }
    }

    private <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Every effective setting, defaults included, so a result can be reproduced from its meta block alone. */
    private ObjectNode settings(PremiumSettings settings) {
        ObjectNode s = Json.object();
        s.put("corpus", corpus);
        s.set("tokenizers", Json.strings(tokenizers.stream().map(String::strip).toList()));
        s.put("reference", settings.reference());
        s.put("convention", settings.convention().key());
        s.put("convention_description", settings.convention().description());
        s.put("special_tokens", false);
        s.put("normalize", settings.normalization().key());
        ObjectNode lex = s.putObject("lexicons");
        settings.lexicons().forEach((language, lexicon) -> lex.putObject(language)
                .put("path", lexicon.file().toString()).put("name", lexicon.name()));
        s.put("whole_document", settings.wholeDocument());
        s.put("include_partial", false);
        s.put("threads", settings.threads());
        return s;
    }
}
