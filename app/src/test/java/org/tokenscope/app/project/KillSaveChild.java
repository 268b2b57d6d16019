package org.tokenscope.app.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of {@link KillDuringSaveTest}: saves a project to {@code args[0]} in a loop, each version
 * self-consistent (the title and every prompt carry its number), and says "ready" after the first save.
 */
public final class KillSaveChild {
    private KillSaveChild() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        String pad = "x".repeat(2000);
        for (int v = start; ; v++) {
            List<String> prompts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                prompts.add("v" + v + " prompt " + i + " " + pad);
            }
            ProjectFiles.write(Project.empty().withTitle("v" + v).withPrompts(prompts), file);
            if (v == start) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
