import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the entries under the given prefixes, optionally extracting some entries to a folder
 * first. The installers use it to ship only the host platform's native libraries (ONNX Runtime's and the
 * tokenizers' jars carry every platform's) and to put those libraries beside the app, where the launcher
 * points the libraries' loaders, instead of unpacking them into a temporary folder at every start.
 * Run as a single-file program (Java 11+), so no build tool or zip utility is needed on any OS:
 *
 * <pre>java StripJar.java IN.jar OUT.jar [--drop PREFIX]... [--extract PREFIX DIR]...</pre>
 *
 * Only files directly in PREFIX's folder are extracted (not its subfolders, such as macOS debug-symbol bundles),
 * and they land in DIR under their file names.
 */
public final class StripJar {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java StripJar.java IN.jar OUT.jar [--drop PREFIX]... [--extract PREFIX DIR]...");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> drop = new ArrayList<>();
        List<String[]> extract = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--drop" -> drop.add(args[++i]);
                case "--extract" -> extract.add(new String[] {args[++i], args[++i]});
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int dropped = 0;
        int extracted = 0;
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), out.getFileName().toString(), ".part");
        try (ZipFile zip = new ZipFile(in.toFile()); OutputStream os = Files.newOutputStream(tmp);
                ZipOutputStream zos = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                for (String[] x : extract) {
                    if (!e.isDirectory() && e.getName().startsWith(x[0]) && !e.getName().substring(x[0].length()).contains("/")) {
                        Path dir = Files.createDirectories(Path.of(x[1]));
                        String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                        try (InputStream is = zip.getInputStream(e)) {
                            Files.copy(is, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                        }
                        extracted++;
                    }
                }
                if (drop.stream().anyMatch(p -> e.getName().startsWith(p))) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                zos.putNextEntry(copy);
                try (InputStream is = zip.getInputStream(e)) {
                    is.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(in.getFileName() + ": dropped " + dropped + " entries, extracted " + extracted);
    }
}
