package org.tokenscope.views.premium;

import javafx.stage.Window;

/** Opens the panel's dialogs without blocking, so the window (and a test robot) keeps running meanwhile. */
final class PremiumDialogs {
    private final PremiumViewModel vm;

    PremiumDialogs(PremiumViewModel vm) {
        this.vm = vm;
    }

    void addTokenizer(Window owner) {
        new AddTokenizerDialog(owner, vm).show();
    }

    void openCorpus(Window owner) {
        new AddCorpusDialog(owner, vm).show();
    }
}
