package org.tokenscope.views.testing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.shell.ModelProvider;

/** The demo model behind the {@link ModelProvider} seam, counting open leases so tests see every one closed. */
public final class DemoProvider implements ModelProvider {
    private static LanguageModel demo;
    private final ReadOnlyObjectWrapper<LanguageModel> model = new ReadOnlyObjectWrapper<>();
    public final AtomicInteger open = new AtomicInteger();

    /** One demo model for the whole test run: loading it takes a while and it is read-only. */
    public static synchronized LanguageModel demo() {
        if (demo == null) {
            demo = DemoModel.load(1);
        }
        return demo;
    }

    public static DemoProvider withDemo() {
        DemoProvider p = new DemoProvider();
        p.model.set(demo());
        return p;
    }

    public static DemoProvider empty() {
        return new DemoProvider();
    }

    void set(LanguageModel m) {
        model.set(m);
    }

    @Override
    public ReadOnlyObjectProperty<LanguageModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    @Override
    public Optional<Lease> borrow() {
        LanguageModel m = model.get();
        if (m == null) {
            return Optional.empty();
        }
        open.incrementAndGet();
        return Optional.of(new Lease() {
            private boolean closed;

            @Override
            public LanguageModel model() {
                return m;
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    open.decrementAndGet();
                }
            }
        });
    }
}
