package vn.motcua.store.files;

import java.nio.file.Path;
import java.util.List;

/**
 * The state of the file area against the database.
 *
 * @param temporaryFiles half-written files: a write in progress, or a crash mid-write
 * @param unreferenced   stored files no dossier links to: scanned but never saved with a dossier (or a
 *                       crash between storing the files and saving the dossier); safe to delete once old
 * @param unregistered   files on disk without a {@code stored_file} row (a crash between rename and
 *                       registration); a subset of {@code unreferenced}
 * @param missing        registered files absent from disk; always empty unless someone deleted files
 */
public record FileInventory(List<Path> temporaryFiles, List<String> unreferenced, List<String> unregistered,
        List<String> missing) {

    public FileInventory {
        temporaryFiles = List.copyOf(temporaryFiles);
        unreferenced = List.copyOf(unreferenced);
        unregistered = List.copyOf(unregistered);
        missing = List.copyOf(missing);
    }
}
