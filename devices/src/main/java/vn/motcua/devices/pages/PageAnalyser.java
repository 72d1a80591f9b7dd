package vn.motcua.devices.pages;

import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.pages.PageAnalysis;

/** Blank detection and skew detection from one pass over the raw page. Stateless and thread-safe. */
public final class PageAnalyser {
    private final BlankPageDetector blank = new BlankPageDetector();
    private final SkewDetector skew = new SkewDetector();

    public PageAnalysis analyse(RawPage raw) {
        InkMap map = InkMap.of(raw);
        BlankPageDetector.Finding finding = blank.detect(map);
        double degrees = finding.blank() ? 0 : skew.detect(map);
        return new PageAnalysis(finding.blank(), finding.inkRatio(), finding.marks(), degrees);
    }
}
