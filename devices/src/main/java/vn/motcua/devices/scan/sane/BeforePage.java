package vn.motcua.devices.scan.sane;

import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import java.io.IOException;

/**
 * Runs on the open device just before each page is started. Tests use it to make the SANE test backend
 * jam at a given page, which no profile setting can express.
 */
@FunctionalInterface
interface BeforePage {
    BeforePage NOTHING = (device, pageIndex) -> { };

    void before(SaneDevice device, int pageIndex) throws IOException, SaneException;
}
