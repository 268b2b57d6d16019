package org.tokenscope.host.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/** Physical core count: the default intra-op thread count (hyper-threads only add contention for matmuls). */
public final class CpuInfo {
    private CpuInfo() {
    }

    public static int physicalCores() {
        int logical = Runtime.getRuntime().availableProcessors();
        Path cpus = Path.of("/sys/devices/system/cpu");
        if (!Files.isDirectory(cpus)) {
            return logical;
        }
        Set<String> cores = new HashSet<>();
        try (Stream<Path> dirs = Files.list(cpus)) {
            for (Path d : (Iterable<Path>) dirs.filter(p -> p.getFileName().toString().matches("cpu\\d+"))::iterator) {
                Path core = d.resolve("topology/core_id");
                Path pkg = d.resolve("topology/physical_package_id");
                if (Files.isReadable(core) && Files.isReadable(pkg)) {
                    cores.add(Files.readString(pkg).trim() + ":" + Files.readString(core).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            return logical;
        }
        // A container may see fewer CPUs than the machine has cores.
        return cores.isEmpty() ? logical : Math.max(1, Math.min(cores.size(), logical));
    }
}
