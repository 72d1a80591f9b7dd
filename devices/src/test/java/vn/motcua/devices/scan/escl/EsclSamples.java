package vn.motcua.devices.scan.escl;

/**
 * Capabilities documents shaped like those of real devices (written for these tests, not copied): an HP-style
 * MFP with platen, simplex and duplex feeder and discrete resolutions, and a Canon-style flatbed that gives
 * resolution ranges and {@code DocumentFormatExt}.
 */
public final class EsclSamples {
    private EsclSamples() {
    }

    private static final String SETTING_PROFILE = """
                <scan:SettingProfiles>
                  <scan:SettingProfile>
                    <scan:ColorModes>
                      <scan:ColorMode>BlackAndWhite1</scan:ColorMode>
                      <scan:ColorMode>Grayscale8</scan:ColorMode>
                      <scan:ColorMode>RGB24</scan:ColorMode>
                    </scan:ColorModes>
                    <scan:ContentTypes>
                      <pwg:ContentType>Photo</pwg:ContentType>
                      <pwg:ContentType>Text</pwg:ContentType>
                      <pwg:ContentType>TextAndPhoto</pwg:ContentType>
                    </scan:ContentTypes>
                    <scan:DocumentFormats>
                      <pwg:DocumentFormat>application/octet-stream</pwg:DocumentFormat>
                      <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
                      <pwg:DocumentFormat>image/png</pwg:DocumentFormat>
                      <pwg:DocumentFormat>application/pdf</pwg:DocumentFormat>
                    </scan:DocumentFormats>
                    <scan:SupportedResolutions>
                      <scan:DiscreteResolutions>
                        <scan:DiscreteResolution><scan:XResolution>75</scan:XResolution><scan:YResolution>75</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>100</scan:XResolution><scan:YResolution>100</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>150</scan:XResolution><scan:YResolution>150</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>200</scan:XResolution><scan:YResolution>200</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>600</scan:XResolution><scan:YResolution>600</scan:YResolution></scan:DiscreteResolution>
                        <scan:DiscreteResolution><scan:XResolution>1200</scan:XResolution><scan:YResolution>600</scan:YResolution></scan:DiscreteResolution>
                      </scan:DiscreteResolutions>
                    </scan:SupportedResolutions>
                    <scan:ColorSpaces><scan:ColorSpace>RGB</scan:ColorSpace></scan:ColorSpaces>
                  </scan:SettingProfile>
                </scan:SettingProfiles>
                <scan:SupportedIntents>
                  <scan:Intent>Document</scan:Intent>
                  <scan:Intent>TextAndGraphic</scan:Intent>
                  <scan:Intent>Photo</scan:Intent>
                  <scan:Intent>Preview</scan:Intent>
                </scan:SupportedIntents>
                <scan:MaxOpticalXResolution>600</scan:MaxOpticalXResolution>
                <scan:MaxOpticalYResolution>600</scan:MaxOpticalYResolution>
                <scan:RiskyLeftMargin>0</scan:RiskyLeftMargin>
                <scan:RiskyRightMargin>0</scan:RiskyRightMargin>
                <scan:RiskyTopMargin>0</scan:RiskyTopMargin>
                <scan:RiskyBottomMargin>0</scan:RiskyBottomMargin>
            """;

    /** An office MFP: platen up to A4/Letter, a 50-sheet feeder that also scans both sides. */
    public static final String MFP_CAPABILITIES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scan:ScannerCapabilities xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm" \
            xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03">
              <pwg:Version>2.63</pwg:Version>
              <pwg:MakeAndModel>HP LaserJet MFP M428fdw</pwg:MakeAndModel>
              <pwg:SerialNumber>PHBLA00000</pwg:SerialNumber>
              <scan:UUID>564e4333-4b30-3931-3934-a8b13b000000</scan:UUID>
              <scan:AdminURI>http://127.0.0.1/#hId-pgScanToEmail</scan:AdminURI>
              <scan:IconURI>http://127.0.0.1/ipp/images/printer.png</scan:IconURI>
              <scan:Platen>
                <scan:PlatenInputCaps>
                  <scan:MinWidth>8</scan:MinWidth>
                  <scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>8</scan:MinHeight>
                  <scan:MaxHeight>3508</scan:MaxHeight>
                  <scan:MaxScanRegions>1</scan:MaxScanRegions>
            """ + SETTING_PROFILE + """
                </scan:PlatenInputCaps>
              </scan:Platen>
              <scan:Adf>
                <scan:AdfSimplexInputCaps>
                  <scan:MinWidth>8</scan:MinWidth>
                  <scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>8</scan:MinHeight>
                  <scan:MaxHeight>4200</scan:MaxHeight>
            """ + SETTING_PROFILE + """
                </scan:AdfSimplexInputCaps>
                <scan:AdfDuplexInputCaps>
                  <scan:MinWidth>8</scan:MinWidth>
                  <scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>8</scan:MinHeight>
                  <scan:MaxHeight>4200</scan:MaxHeight>
            """ + SETTING_PROFILE + """
                </scan:AdfDuplexInputCaps>
                <scan:FeederCapacity>50</scan:FeederCapacity>
                <scan:AdfOptions>
                  <scan:AdfOption>DetectPaperLoaded</scan:AdfOption>
                  <scan:AdfOption>SelectSinglePage</scan:AdfOption>
                  <scan:AdfOption>Duplex</scan:AdfOption>
                </scan:AdfOptions>
              </scan:Adf>
              <scan:BrightnessSupport><scan:Min>1</scan:Min><scan:Max>200</scan:Max><scan:Normal>100</scan:Normal><scan:Step>1</scan:Step></scan:BrightnessSupport>
              <scan:eSCLConfigCap><scan:StateSupport><scan:State>disabled</scan:State><scan:State>enabled</scan:State></scan:StateSupport></scan:eSCLConfigCap>
            </scan:ScannerCapabilities>
            """;

    /** A photo flatbed: ranges instead of a resolution list, JPEG and PDF only, no feeder. */
    public static final String FLATBED_CAPABILITIES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03" \
            xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">
              <pwg:Version>2.5</pwg:Version>
              <pwg:MakeAndModel>Canon PIXMA TS5300 series</pwg:MakeAndModel>
              <pwg:Manufacturer>Canon</pwg:Manufacturer>
              <scan:Platen>
                <scan:PlatenInputCaps>
                  <scan:MinWidth>16</scan:MinWidth>
                  <scan:MaxWidth>2550</scan:MaxWidth>
                  <scan:MinHeight>16</scan:MinHeight>
                  <scan:MaxHeight>3507</scan:MaxHeight>
                  <scan:SettingProfiles>
                    <scan:SettingProfile>
                      <scan:ColorModes>
                        <scan:ColorMode>RGB24</scan:ColorMode>
                        <scan:ColorMode>Grayscale8</scan:ColorMode>
                        <scan:ColorMode>RGB48</scan:ColorMode>
                      </scan:ColorModes>
                      <scan:DocumentFormats>
                        <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
                        <pwg:DocumentFormat>application/pdf</pwg:DocumentFormat>
                        <scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>
                        <scan:DocumentFormatExt>application/pdf</scan:DocumentFormatExt>
                      </scan:DocumentFormats>
                      <scan:SupportedResolutions>
                        <scan:ResolutionRange>
                          <scan:XResolutionRange><scan:Min>75</scan:Min><scan:Max>600</scan:Max><scan:Normal>300</scan:Normal><scan:Step>25</scan:Step></scan:XResolutionRange>
                          <scan:YResolutionRange><scan:Min>75</scan:Min><scan:Max>600</scan:Max><scan:Normal>300</scan:Normal><scan:Step>25</scan:Step></scan:YResolutionRange>
                        </scan:ResolutionRange>
                      </scan:SupportedResolutions>
                    </scan:SettingProfile>
                  </scan:SettingProfiles>
                </scan:PlatenInputCaps>
              </scan:Platen>
            </scan:ScannerCapabilities>
            """;
}
