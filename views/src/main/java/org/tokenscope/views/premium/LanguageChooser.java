package org.tokenscope.views.premium;

import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * An editable combo box over a corpus's languages, kept in step with a property holding a language code.
 * Editable because a corpus has hundreds of languages: typing {@code tur_Latn} or {@code Turkish} is quicker
 * than scrolling. A code the corpus lacks is kept as typed, so the computation can say what is wrong.
 */
final class LanguageChooser extends ComboBox<LanguageInfo> {
    private final ObservableList<LanguageInfo> languages;
    private final StringProperty code;
    private boolean syncing;

    LanguageChooser(String id, ObservableList<LanguageInfo> languages, StringProperty code) {
        super(languages);
        this.languages = languages;
        this.code = code;
        setId(id);
        setEditable(true);
        setPrefWidth(190);
        setVisibleRowCount(16);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LanguageInfo l) {
                return l == null ? "" : l.label();
            }

            @Override
            public LanguageInfo fromString(String s) {
                return find(s);
            }
        });
        valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && !now.code().equals(code.get())) {
                code.set(now.code());
            }
        });
        code.addListener((o, was, now) -> select());
        languages.addListener((ListChangeListener<LanguageInfo>) c -> select());
        select();
    }

    /** The language typed: a code, a name or a label, in any case; a bare entry for an unknown code. */
    private LanguageInfo find(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        for (LanguageInfo l : languages) {
            if (l.code().toLowerCase(Locale.ROOT).equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)
                    || l.label().toLowerCase(Locale.ROOT).equals(t)) {
                return l;
            }
        }
        return new LanguageInfo(typed.strip(), typed.strip(), null, null, false);
    }

    private void select() {
        syncing = true;
        try {
            String c = code.get();
            LanguageInfo match = c == null ? null : languages.stream().filter(l -> l.code().equals(c)).findFirst()
                    .orElse(new LanguageInfo(c, c, null, null, false));
            setValue(match);
        } finally {
            syncing = false;
        }
    }
}
