package vn.motcua.core.scan;

import java.util.List;

/**
 * Port: a document scanner (SANE, eSCL, TWAIN on Windows, or a virtual one). A batch delivers raw pages
 * to the listener as they arrive; an error ends the batch but pages already delivered stay delivered.
 */
public interface Scanner {

    List<ScannerDevice> discover();

    ScanBatchResult scan(ScannerDevice device, ScanSettings settings, ScanListener listener);
}
