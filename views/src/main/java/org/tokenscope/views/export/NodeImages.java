package org.tokenscope.views.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Any node as a PNG, at 1× for the screen or 2× (and more) for print and high-density displays: the node is
 * snapshotted through a scale transform, so text and lines are re-rendered sharp rather than upsampled.
 */
public final class NodeImages {
    private NodeImages() {
    }

    /** Snapshot of {@code node} at {@code scale} on a white background; call on the FX thread. */
    public static WritableImage snapshot(Node node, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, not " + scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setFill(Color.WHITE); // transparent PNGs turn black in some viewers and slide decks
        return node.snapshot(params, null);
    }

    /** Writes {@code node} as a PNG file at {@code scale}; call on the FX thread. */
    public static void writePng(Node node, double scale, Path file) throws IOException {
        BufferedImage image = SwingFXUtils.fromFXImage(snapshot(node, scale), null);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available"); // ImageIO always has one; keep the failure loud
        }
    }
}
