package vn.motcua.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The save dialog of a screen's exports; it opens where the previous export of that screen went. */
public final class ExportChooser {
    private File lastDirectory;

    /** Asks where to save; nothing happens when the clerk cancels. */
    public void choose(Node owner, String title, String filterText, String extension, String suggestedName,
            Consumer<Path> export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, "*." + extension));
        chooser.setInitialFileName(suggestedName);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File chosen = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (chosen != null) {
            lastDirectory = chosen.getParentFile();
            export.accept(chosen.toPath());
        }
    }
}
