package vn.motcua.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.MutableClock;
import vn.motcua.app.TestDesk;
import vn.motcua.app.config.DeskConfig;
import vn.motcua.app.config.DeskConfigFiles;
import vn.motcua.app.config.DeskConfigFiles.ConfigEdit;
import vn.motcua.app.config.DeskDirectories;
import vn.motcua.app.config.OfficeHolidays;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.setup.SetupViewModel.CheckState;
import vn.motcua.app.setup.SetupViewModel.Device;
import vn.motcua.app.setup.SetupViewModel.Field;
import vn.motcua.app.setup.SetupViewModel.Mode;
import vn.motcua.app.setup.SetupViewModel.Page;
import vn.motcua.app.setup.SetupViewModel.ScannerKind;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.devices.printer.EmulatedPrinterState;
import vn.motcua.devices.printer.LoopbackEscPosPrinter;
import vn.motcua.devices.printer.PrinterKind;
import vn.motcua.devices.printer.SocatPtyPair;
import vn.motcua.devices.scan.escl.LoopbackEsclServer;
import vn.motcua.devices.scan.sane.SanedTestServer;
import vn.motcua.sandbox.ProvinceSandbox;
import vn.motcua.sandbox.SandboxOptions;

/**
 * The wizard's ViewModel without a window: every field's check and message, the device tests against real
 * devices on loopback (an ESC/POS printer emulator, saned with its test backend, an eSCL server, socat serial
 * pairs, the province sandbox), and what saving writes.
 */
class SetupViewModelTest {
    @RegisterExtension
    static final SanedTestServer SANED = new SanedTestServer();

    @TempDir
    Path home;

    private final Messages messages = Messages.vietnamese();
    private final MutableClock clock = new MutableClock(TestDesk.START, Messages.OFFICE_ZONE);
    private final List<DeskConfig> saved = new ArrayList<>();
    private DeskConfigFiles files;
    private List<String> printers = List.of("HP_LaserJet_M404", "Canon_LBP2900");

    @BeforeEach
    void setUp() {
        files = new DeskConfigFiles(new DeskDirectories(home.resolve("data"), home.resolve("config"),
                Optional.empty(), home.resolve("logs")));
    }

    private SetupViewModel wizard() {
        return open(Mode.FIRST_RUN);
    }

    private SetupViewModel open(Mode mode) {
        SetupViewModel model = new SetupViewModel(mode, files, files.load(), new DeviceChecks(messages, () -> printers),
                new CurrentThreadTaskExecutor(), messages, clock, List.of(), saved::add);
        model.start();
        return model;
    }

    private static void fillOffice(SetupViewModel model) {
        model.agencyNameProperty().set("UBND xã Tà Xùa");
        model.agencyCodeProperty().set("H15.50.05.13");
        model.counterNumberProperty().set("2");
        model.formsPlaceProperty().set("Tà Xùa");
    }

    private static String error(SetupViewModel model, Field field) {
        return model.errorProperty(field).get();
    }

    private static String problem(SetupViewModel model, Field field) {
        return model.problemOf(field);
    }

    @Test
    void theFirstPageNamesEveryMissingFieldAndKeepsThePageUntilTheyAreRight() {
        SetupViewModel model = wizard();
        assertThat(model.agencyNameProperty().get()).as("a first start asks for the agency").isEmpty();
        model.counterNumberProperty().set("");

        model.next();

        assertThat(model.pageProperty().get()).isEqualTo(Page.OFFICE);
        assertThat(error(model, Field.AGENCY_NAME)).isEqualTo("Nhập tên đơn vị, ví dụ: UBND xã Tà Xùa.");
        assertThat(error(model, Field.AGENCY_CODE))
                .isEqualTo("Nhập mã định danh đơn vị (QCVN 102:2016), ví dụ 000.00.12.H62.");
        assertThat(error(model, Field.COUNTER)).isEqualTo("Số quầy là số nguyên từ 1 đến 999.");
        assertThat(error(model, Field.FORMS_PLACE)).isEqualTo("Nhập địa danh in trên phiếu, ví dụ: Tà Xùa.");
        assertThat(model.feedback().messageProperty().get()).isEqualTo("Còn 4 ô cần sửa (chữ đỏ) ở trang “Đơn vị và quầy”.");
        assertThat(model.feedback().problemProperty().get()).isTrue();

        fillOffice(model);
        model.next();
        assertThat(model.pageProperty().get()).isEqualTo(Page.PRINTERS);
        assertThat(model.fieldsWithProblems()).isEmpty();
        model.goTo(Page.HOLIDAYS);
        assertThat(model.pageProperty().get()).as("the wizard does not skip ahead").isEqualTo(Page.PRINTERS);
        model.back();
        assertThat(model.pageProperty().get()).isEqualTo(Page.OFFICE);
    }

    @Test
    void agencyAndCounterFieldsSayWhatIsWrong() {
        SetupViewModel model = wizard();
        fillOffice(model);
        model.agencyNameProperty().set("x".repeat(201));
        assertThat(problem(model, Field.AGENCY_NAME)).isEqualTo("Tên đơn vị dài tối đa 200 ký tự.");
        model.agencyCodeProperty().set("000.00.12.H62-Tà Xùa");
        assertThat(problem(model, Field.AGENCY_CODE)).isEqualTo(
                "Mã định danh đơn vị chỉ gồm chữ không dấu, chữ số và dấu chấm, không có khoảng trắng.");
        model.agencyCodeProperty().set("1".repeat(31));
        assertThat(problem(model, Field.AGENCY_CODE)).isEqualTo("Mã định danh đơn vị dài tối đa 30 ký tự.");
        for (String counter : List.of("0", "1000", "hai", "2.5")) {
            model.counterNumberProperty().set(counter);
            assertThat(problem(model, Field.COUNTER)).as(counter).isEqualTo("Số quầy là số nguyên từ 1 đến 999.");
        }
        model.counterNumberProperty().set(" 12 ");
        assertThat(problem(model, Field.COUNTER)).isEmpty();
    }

    @Test
    void printerFieldsAreCheckedForTheChosenConnectionOnly() {
        SetupViewModel model = wizard();
        model.officePrinterProperty().set("Brother_HL");
        assertThat(problem(model, Field.OFFICE_PRINTER)).isEqualTo(
                "Máy này không có máy in tên “Brother_HL”. Chọn trong danh sách hoặc để trống.");
        model.officePrinterProperty().set("hp_laserjet_m404");
        assertThat(problem(model, Field.OFFICE_PRINTER)).as("names compare ignoring case").isEmpty();

        model.ticketKindProperty().set(PrinterKind.TCP);
        model.ticketHostProperty().set("");
        assertThat(problem(model, Field.TICKET_HOST))
                .isEqualTo("Nhập địa chỉ IP hoặc tên của máy in phiếu, ví dụ 192.168.1.50.");
        model.ticketHostProperty().set("192.168.1.50/24");
        assertThat(problem(model, Field.TICKET_HOST)).isEqualTo("“192.168.1.50/24” không phải địa chỉ IP hay tên máy hợp lệ.");
        model.ticketHostProperty().set("may-in-phieu.local");
        assertThat(problem(model, Field.TICKET_HOST)).isEmpty();
        model.ticketPortProperty().set("70000");
        assertThat(problem(model, Field.TICKET_PORT)).isEqualTo("Cổng là số nguyên từ 1 đến 65535.");
        assertThat(problem(model, Field.TICKET_SERIAL)).as("not asked for TCP").isEmpty();

        model.ticketKindProperty().set(PrinterKind.SERIAL);
        assertThat(problem(model, Field.TICKET_HOST)).isEmpty();
        assertThat(problem(model, Field.TICKET_SERIAL))
                .isEqualTo("Chọn hoặc nhập cổng nối tiếp của máy in phiếu, ví dụ /dev/ttyUSB0 hoặc COM3.");
        model.ticketBaudProperty().set("12345");
        assertThat(problem(model, Field.TICKET_BAUD))
                .isEqualTo("Tốc độ cổng phải là một trong các giá trị: 9600, 19200, 38400, 57600, 115200.");

        model.ticketKindProperty().set(PrinterKind.USB_FILE);
        assertThat(problem(model, Field.TICKET_DEVICE)).isEqualTo("Nhập tệp thiết bị của máy in USB, ví dụ /dev/usb/lp0.");
    }

    @Test
    void scannerKeypadQrAndProvinceFieldsSayWhatIsWrong() {
        SetupViewModel model = wizard();
        model.scannerKindProperty().set(ScannerKind.SANE);
        model.saneHostProperty().set(" ");
        assertThat(problem(model, Field.SANE_HOST)).isEqualTo("Nhập địa chỉ máy chạy saned, ví dụ 127.0.0.1.");
        model.sanePortProperty().set("0");
        assertThat(problem(model, Field.SANE_PORT)).isEqualTo("Cổng là số nguyên từ 1 đến 65535.");
        model.scannerKindProperty().set(ScannerKind.ESCL);
        model.esclUrlProperty().set("ftp://192.168.1.20/eSCL");
        assertThat(problem(model, Field.ESCL_URL)).isEqualTo("Nhập địa chỉ eSCL của máy quét dạng http://192.168.1.20/eSCL.");
        assertThat(problem(model, Field.SANE_HOST)).as("not asked for eSCL").isEmpty();

        model.keypadPortProperty().set("/dev/tty USB1");
        assertThat(problem(model, Field.KEYPAD_PORT))
                .isEqualTo("Tên cổng nối tiếp không có khoảng trắng, ví dụ /dev/ttyACM0 hoặc COM4.");
        model.keypadPortProperty().set("/dev/ttyACM0");
        model.qrReaderPortProperty().set("/dev/ttyACM0");
        assertThat(problem(model, Field.KEYPAD_PORT))
                .isEqualTo("Cổng /dev/ttyACM0 đã dùng cho thiết bị khác: mỗi thiết bị cần một cổng riêng.");

        assertThat(problem(model, Field.PROVINCE_URL)).as("no address: offline, nothing else asked").isEmpty();
        assertThat(problem(model, Field.PROVINCE_PASSWORD)).isEmpty();
        model.provinceUrlProperty().set("motcua.sonla.gov.vn/api");
        assertThat(problem(model, Field.PROVINCE_URL)).startsWith("Địa chỉ phải bắt đầu bằng https://");
        assertThat(problem(model, Field.PROVINCE_USER)).isEqualTo("Nhập tên đăng nhập do tỉnh cấp.");
        assertThat(problem(model, Field.PROVINCE_PASSWORD)).isEqualTo("Nhập mật khẩu do tỉnh cấp.");
    }

    @Test
    void theTicketPrinterTestAsksTheRealPrinterForItsStatus() throws Exception {
        SetupViewModel model = wizard();
        model.check(Device.TICKET_PRINTER);
        assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get())
                .isEqualTo("Máy in ảo (tập huấn): phiếu số hiện trên màn hình.");
        try (var printer = new LoopbackEscPosPrinter(EmulatedPrinterState.OK)) {
            model.ticketKindProperty().set(PrinterKind.TCP);
            model.ticketHostProperty().set(printer.host());
            model.ticketPortProperty().set(Integer.toString(printer.port()));
            model.check(Device.TICKET_PRINTER);
            assertThat(model.checkStateProperty(Device.TICKET_PRINTER).get()).isEqualTo(CheckState.PASSED);
            assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get()).isEqualTo("Máy in phiếu sẵn sàng.");

            printer.setState(EmulatedPrinterState.PAPER_OUT);
            model.check(Device.TICKET_PRINTER);
            assertThat(model.checkStateProperty(Device.TICKET_PRINTER).get()).isEqualTo(CheckState.FAILED);
            assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get()).isEqualTo("Máy in phiếu hết giấy");

            printer.setState(EmulatedPrinterState.SILENT);
            model.check(Device.TICKET_PRINTER);
            assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get())
                    .isEqualTo("Máy in phiếu nhận kết nối nhưng không trả lời yêu cầu trạng thái.");
            assertThat(printer.connections()).isEqualTo(3);
        }
        model.ticketPortProperty().set("abc");
        model.check(Device.TICKET_PRINTER);
        assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get())
                .isEqualTo("Sửa các ô báo đỏ của thiết bị này trước khi thử.");
        assertThat(error(model, Field.TICKET_PORT)).isEqualTo("Cổng là số nguyên từ 1 đến 65535.");
    }

    @Test
    void aTicketPrinterThatIsNotThereIsReported() throws Exception {
        SetupViewModel model = wizard();
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        model.ticketKindProperty().set(PrinterKind.TCP);
        model.ticketHostProperty().set("127.0.0.1");
        model.ticketPortProperty().set(Integer.toString(closed));
        model.check(Device.TICKET_PRINTER);
        assertThat(model.checkStateProperty(Device.TICKET_PRINTER).get()).isEqualTo(CheckState.FAILED);
        assertThat(model.checkTextProperty(Device.TICKET_PRINTER).get()).isEqualTo(
                "Không kết nối được máy in phiếu hoặc máy đang tạm ngừng (kiểm tra địa chỉ, cáp và nguồn điện).");
    }

    @Test
    void theOfficePrinterTestLooksForThePrintServiceByName() {
        SetupViewModel model = wizard();
        model.check(Device.OFFICE_PRINTER);
        assertThat(model.checkTextProperty(Device.OFFICE_PRINTER).get())
                .isEqualTo("Chưa chọn máy in: phiếu được lưu PDF cùng hồ sơ, không in.");
        model.officePrinterProperty().set("HP_LaserJet_M404");
        model.check(Device.OFFICE_PRINTER);
        assertThat(model.checkTextProperty(Device.OFFICE_PRINTER).get()).isEqualTo("Máy in “HP_LaserJet_M404” có trên máy này.");
        assertThat(model.officePrinters()).containsExactly("HP_LaserJet_M404", "Canon_LBP2900");

        printers = List.of();
        SetupViewModel bare = wizard();
        bare.officePrinterProperty().set("HP_LaserJet_M404");
        bare.check(Device.OFFICE_PRINTER);
        assertThat(bare.checkStateProperty(Device.OFFICE_PRINTER).get()).isEqualTo(CheckState.FAILED);
        assertThat(bare.checkTextProperty(Device.OFFICE_PRINTER).get())
                .isEqualTo("Không thấy máy in “HP_LaserJet_M404”. Máy này có: không có máy in nào.");
    }

    @Test
    void theOfficePrinterListComesFromThePrintServicesOfThisMachine() {
        var checks = new DeviceChecks(messages);
        assertThat(checks.officePrinters()).as("javax.print's list, whatever this machine has").doesNotContainNull();
        assertThat(checks.officePrinter("Khong-co-may-in-nay").passed()).isFalse();
    }

    @Test
    void theScannerTestFindsSanedsTestScannersAndAnEsclScanner() throws Exception {
        assumeTrue(SanedTestServer.installed(), "saned and the SANE test backend are needed (scripts/test-apt-packages.txt)");
        SetupViewModel model = wizard();
        model.scannerKindProperty().set(ScannerKind.SANE);
        model.saneHostProperty().set("127.0.0.1");
        model.sanePortProperty().set(Integer.toString(SANED.port()));
        model.check(Device.SCANNER);
        assertThat(model.checkStateProperty(Device.SCANNER).get()).isEqualTo(CheckState.PASSED);
        assertThat(model.checkTextProperty(Device.SCANNER).get()).startsWith("Tìm thấy ").contains(SANED.deviceId(0));

        try (var escl = new LoopbackEsclServer()) {
            model.scannerKindProperty().set(ScannerKind.ESCL);
            model.esclUrlProperty().set(escl.root().toString());
            model.check(Device.SCANNER);
            assertThat(model.checkStateProperty(Device.SCANNER).get()).isEqualTo(CheckState.PASSED);
            assertThat(model.checkTextProperty(Device.SCANNER).get()).startsWith("Tìm thấy 1 máy quét: ")
                    .contains("escl:" + escl.root());
        }
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        model.esclUrlProperty().set("http://127.0.0.1:" + closed + "/eSCL");
        model.check(Device.SCANNER);
        assertThat(model.checkStateProperty(Device.SCANNER).get()).isEqualTo(CheckState.FAILED);
        assertThat(model.checkTextProperty(Device.SCANNER).get())
                .isEqualTo("Không tìm thấy máy quét tại http://127.0.0.1:" + closed + "/eSCL.");
    }

    @Test
    void theKeypadAndQrReaderTestsOpenTheirSerialPorts() throws Exception {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is needed (scripts/test-apt-packages.txt)");
        SetupViewModel model = wizard();
        model.check(Device.KEYPAD);
        assertThat(model.checkTextProperty(Device.KEYPAD).get()).isEqualTo("Chưa khai báo cổng: thiết bị này không được dùng.");
        try (var keypad = new SocatPtyPair(Files.createDirectory(home.resolve("keypad")))) {
            String port = keypad.a().toRealPath().toString();
            model.keypadPortProperty().set(port);
            model.check(Device.KEYPAD);
            assertThat(model.checkStateProperty(Device.KEYPAD).get()).isEqualTo(CheckState.PASSED);
            assertThat(model.checkTextProperty(Device.KEYPAD).get()).isEqualTo("Mở được cổng " + port + ".");
        }
        String gone = home.resolve("ttyKhongCo").toString();
        model.qrReaderPortProperty().set(gone);
        model.check(Device.QR_READER);
        assertThat(model.checkStateProperty(Device.QR_READER).get()).isEqualTo(CheckState.FAILED);
        assertThat(model.checkTextProperty(Device.QR_READER).get()).isEqualTo("Máy này không có cổng " + gone + ".");
    }

    @Test
    void theProvinceTestSignsInWithTheAccountAsTyped() throws Exception {
        try (var province = ProvinceSandbox.start()) {
            SetupViewModel model = wizard();
            fillOffice(model);
            model.agencyCodeProperty().set(SandboxOptions.DEFAULT_AGENCY);
            model.check(Device.PROVINCE);
            assertThat(model.checkTextProperty(Device.PROVINCE).get())
                    .isEqualTo("Chưa khai báo địa chỉ: quầy làm việc ngoại tuyến, hồ sơ chờ gửi.");
            model.provinceUrlProperty().set(province.serviceUri().toString());
            model.provinceUserProperty().set(SandboxOptions.DEFAULT_USER);
            model.provincePasswordProperty().set("sai-mat-khau");
            model.check(Device.PROVINCE);
            assertThat(model.checkStateProperty(Device.PROVINCE).get()).isEqualTo(CheckState.FAILED);
            assertThat(model.checkTextProperty(Device.PROVINCE).get()).startsWith("Tỉnh từ chối đăng nhập: ")
                    .doesNotContain("sai-mat-khau");

            model.provincePasswordProperty().set(SandboxOptions.DEFAULT_PASSWORD);
            model.check(Device.PROVINCE);
            assertThat(model.checkStateProperty(Device.PROVINCE).get()).isEqualTo(CheckState.PASSED);
            assertThat(model.checkTextProperty(Device.PROVINCE).get()).isEqualTo("Đăng nhập được hệ thống một cửa tỉnh.");
        }
        SetupViewModel model = wizard();
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        model.provinceUrlProperty().set("http://127.0.0.1:" + closed + "/api/");
        model.provinceUserProperty().set("canbo");
        model.provincePasswordProperty().set("x");
        model.check(Device.PROVINCE);
        assertThat(model.checkTextProperty(Device.PROVINCE).get())
                .startsWith("Không kết nối được hệ thống một cửa tỉnh: DangNhap");
    }

    @Test
    void finishingWritesTheSettingsWithThePasswordApartAndOpensTheDesk() throws Exception {
        SetupViewModel model = wizard();
        fillOffice(model);
        model.officePrinterProperty().set("HP_LaserJet_M404");
        model.ticketKindProperty().set(PrinterKind.TCP);
        model.ticketHostProperty().set("192.168.1.50");
        model.ticketPortProperty().set("9100");
        model.scannerKindProperty().set(ScannerKind.ESCL);
        model.esclUrlProperty().set("http://192.168.1.20/eSCL");
        model.keypadPortProperty().set("/dev/ttyUSB1");
        model.qrReaderPortProperty().set("/dev/ttyACM0");
        model.provinceUrlProperty().set("https://motcua.sonla.gov.vn/api/");
        model.provinceUserProperty().set("taxua.motcua");
        model.provincePasswordProperty().set("Mat-khau-tinh-2026");
        for (int page = 0; page < Page.values().length; page++) {
            model.next();
        }

        assertThat(saved).hasSize(1);
        DeskConfig config = saved.getFirst();
        assertThat(config.firstRun()).isFalse();
        var desk = config.deskSettings().settings();
        assertThat(desk.agencyName()).isEqualTo("UBND xã Tà Xùa");
        assertThat(desk.agencyCode().value()).isEqualTo("H15.50.05.13");
        assertThat(desk.counterNumber()).isEqualTo(2);
        var devices = config.deviceSettings();
        assertThat(devices.problems()).isEmpty();
        assertThat(devices.formsPrinter()).contains("HP_LaserJet_M404");
        assertThat(devices.formsPlace()).isEqualTo("Tà Xùa");
        assertThat(devices.printer().kind()).isEqualTo(PrinterKind.TCP);
        assertThat(devices.printer().host()).isEqualTo("192.168.1.50");
        assertThat(devices.qrReaderPort()).contains("/dev/ttyACM0");
        assertThat(devices.scanner()).isInstanceOf(vn.motcua.devices.scan.escl.EsclScanner.class);
        assertThat(devices.sync()).hasValueSatisfying(sync -> {
            assertThat(sync.agency().value()).isEqualTo("H15.50.05.13");
            assertThat(sync.password()).isEqualTo("Mat-khau-tinh-2026");
        });
        assertThat(config.user()).containsEntry("keypad.serialPort", "/dev/ttyUSB1").containsEntry("keypad.kind", "SERIAL");
        assertThat(devices.keypad().kind()).isEqualTo(vn.motcua.devices.keypad.KeypadKind.SERIAL);
        assertThat(devices.keypad().serialPort()).isEqualTo("/dev/ttyUSB1");
        assertThat(Files.readString(files.userFile())).doesNotContain("Mat-khau-tinh-2026");
        assertThat(Files.getPosixFilePermissions(files.secretsFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(model.provincePasswordProperty().get()).as("the typed password is not kept on screen").isEmpty();
        assertThat(model.passwordStoredProperty().get()).isTrue();
    }

    @Test
    void theSettingsScreenChangesOnlyWhatItShowsAndKeepsTheStoredPasswordWhenLeftEmpty() throws Exception {
        files.save(new ConfigEdit().set("desk.agencyCode", "H15.50.05.13").set("desk.agencyName", "UBND xã Tà Xùa")
                .set("ticketPrinter.kind", "TCP").set("ticketPrinter.host", "192.168.1.50")
                .set("ticketPrinter.whenSilent", "REFUSE").set("scanner.sane.option.source", "ADF Duplex")
                .set("sync.serviceUrl", "https://motcua.sonla.gov.vn/api/").set("sync.username", "taxua")
                .set("sync.password", "Mat-khau-cu").set("office.note", "tầng 1"));
        SetupViewModel model = open(Mode.SETTINGS);
        assertThat(model.agencyNameProperty().get()).isEqualTo("UBND xã Tà Xùa");
        assertThat(model.ticketKindProperty().get()).isEqualTo(PrinterKind.TCP);
        assertThat(model.passwordStoredProperty().get()).isTrue();
        assertThat(model.provincePasswordProperty().get()).as("a stored password is never shown").isEmpty();
        model.goTo(Page.HOLIDAYS);
        assertThat(model.pageProperty().get()).as("settings pages are free to visit").isEqualTo(Page.HOLIDAYS);

        model.formsPlaceProperty().set("Tà Xùa");
        model.ticketKindProperty().set(PrinterKind.SERIAL);
        model.ticketSerialProperty().set("/dev/ttyUSB0");
        model.ticketBaudProperty().set("19200");
        model.save();

        assertThat(model.feedback().messageProperty().get())
                .isEqualTo("Đã lưu cài đặt. Khởi động lại ứng dụng để dùng cài đặt mới.");
        DeskConfig config = saved.getFirst();
        assertThat(config.user()).containsEntry("ticketPrinter.kind", "SERIAL")
                .containsEntry("ticketPrinter.serialPath", "/dev/ttyUSB0").containsEntry("ticketPrinter.baud", "19200")
                .containsEntry("ticketPrinter.whenSilent", "REFUSE").doesNotContainKey("ticketPrinter.host")
                .containsEntry("scanner.sane.option.source", "ADF Duplex").containsEntry("office.note", "tầng 1");
        assertThat(config.values()).containsEntry("sync.password", "Mat-khau-cu");
    }

    @Test
    void savingWithAProblemShowsTheFirstPageThatHasOne() {
        SetupViewModel model = open(Mode.SETTINGS);
        model.goTo(Page.HOLIDAYS);
        model.ticketKindProperty().set(PrinterKind.TCP);
        model.ticketHostProperty().set("");
        model.save();
        assertThat(saved).isEmpty();
        assertThat(model.pageProperty().get()).isEqualTo(Page.PRINTERS);
        assertThat(model.feedback().messageProperty().get()).isEqualTo("Còn 1 ô cần sửa (chữ đỏ) ở trang “Máy in”.");
    }

    @Test
    void aHolidayTableIsCheckedWhenPickedAndStoredWithTheSettings() throws Exception {
        SetupViewModel model = open(Mode.SETTINGS);
        assertThat(model.holidayStatusProperty().get()).startsWith("Đang dùng bảng ngày nghỉ kèm theo ứng dụng, phiên bản ");
        Path broken = Files.writeString(home.resolve("sai.tsv"), "# version: 2027.1\ndate\tkind\tname\n2027-02-30\tHOLIDAY\tTết\n");
        model.importHolidays(broken);
        assertThat(error(model, Field.HOLIDAYS)).startsWith("Tệp lịch nghỉ sai ở dòng 3: ").contains("2027-02-30");

        Path good = Files.writeString(home.resolve("lich-2027.tsv"), """
                # version: 2027.1
                date\tkind\tname
                2027-02-05\tHOLIDAY\tTết Nguyên đán
                2027-02-06\tHOLIDAY\tTết Nguyên đán
                2027-02-13\tMAKEUP_WORKDAY\tLàm bù
                """);
        model.importHolidays(good);
        assertThat(error(model, Field.HOLIDAYS)).isEmpty();
        assertThat(model.holidayStatusProperty().get()).isEqualTo(
                "Đã đọc lich-2027.tsv: phiên bản 2027.1, 3 dòng (đủ các năm: —). Bấm Lưu để dùng từ lần khởi động sau.");
        assertThat(OfficeHolidays.file(home.resolve("data"))).as("stored only when saved").doesNotExist();

        model.formsPlaceProperty().set("Tà Xùa");
        model.save();
        assertThat(OfficeHolidays.file(home.resolve("data"))).hasContent(Files.readString(good));
        var calendar = OfficeHolidays.calendar(home.resolve("data"), new ArrayList<>());
        assertThat(calendar.isWorkingDay(java.time.LocalDate.of(2027, 2, 13))).as("the make-up Saturday").isTrue();
    }

    @Test
    void trainingModeWritesTheSampleAgencyAndOpensTheDesk() {
        SetupViewModel model = wizard();
        model.useTrainingMode();
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().firstRun()).isFalse();
        assertThat(saved.getFirst().deskSettings().settings().isDemo()).isTrue();
        assertThat(files.load().firstRun()).isFalse();
    }

    @Test
    void theDiagnosticsZipHoldsNoPassword() throws Exception {
        files.save(new ConfigEdit().set("sync.password", "Mat-khau-tinh-2026").set("desk.agencyName", "UBND xã Tà Xùa"));
        SetupViewModel model = open(Mode.SETTINGS);
        assertThat(model.diagnosticsFileName()).isEqualTo("motcua-chan-doan-20261123-0800.zip");
        Path zip = home.resolve(model.diagnosticsFileName());
        model.exportDiagnostics(zip);
        assertThat(model.feedback().messageProperty().get()).isEqualTo(
                "Đã ghi " + zip + " (0 tệp nhật ký; không có mật khẩu).");
        try (ZipFile read = new ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(read.entries())) {
                assertThat(new String(read.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain("Mat-khau-tinh-2026");
            }
        }
    }
}
