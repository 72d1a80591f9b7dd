package vn.motcua.app;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import vn.motcua.app.board.DisplayBoardView;
import vn.motcua.app.board.DisplayBoardViewModel;
import vn.motcua.app.kiosk.KioskView;
import vn.motcua.app.kiosk.KioskViewModel;
import vn.motcua.app.rating.RatingScreenView;
import vn.motcua.app.rating.RatingScreenViewModel;
import vn.motcua.app.theme.Theme;

/**
 * The screens citizens see, each in its own window of this process (single-office mode): the ticket kiosk, the
 * waiting-room display board and the counter's rating screen. They stay open when clerks sign in and out; at most
 * one of each.
 */
public final class PublicScreens {
    /** Closes the kiosk window; deliberately awkward so citizens do not find it. */
    public static final KeyCombination LEAVE_KIOSK = new KeyCodeCombination(KeyCode.Q,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);

    private final ServiceRegistry services;
    private Stage kiosk;
    private KioskViewModel kioskModel;
    private Stage board;
    private DisplayBoardViewModel boardModel;
    private Stage rating;
    private RatingScreenViewModel ratingModel;

    public PublicScreens(ServiceRegistry services) {
        this.services = services;
    }

    public void openKiosk() {
        if (kiosk != null) {
            kiosk.toFront();
            return;
        }
        kioskModel = new KioskViewModel(services.settings().agencyName(), services.queue(), services.kiosk(),
                services.trainingPrinter(), services.executor(), services.messages());
        KioskView view = new KioskView(kioskModel, services.messages());
        KioskViewModel model = kioskModel;
        kiosk = window(view.root(), "kiosk.windowTitle", new KeyFrame(
                Duration.millis(KioskViewModel.REFRESH.toMillis()), e -> model.loadServices()), () -> {
                    model.dispose();
                    kiosk = null;
                    kioskModel = null;
                });
        coverScreen(kiosk, Screen.getPrimary());
        kiosk.getScene().getAccelerators().put(LEAVE_KIOSK, kiosk::close);
        model.start();
        kiosk.show();
    }

    /** On the second screen when there is one, filling it. */
    public void openDisplayBoard() {
        if (board != null) {
            board.toFront();
            return;
        }
        boardModel = new DisplayBoardViewModel(services.queue(), services.executor(), services.messages(),
                services.clock());
        DisplayBoardViewModel model = boardModel;
        DisplayBoardView view = new DisplayBoardView(model, services.messages(), services.settings().agencyName());
        board = window(view.root(), "board.windowTitle", new KeyFrame(
                Duration.millis(DisplayBoardViewModel.POLL.toMillis()), e -> model.reload()), () -> {
                    model.dispose();
                    board = null;
                    boardModel = null;
                });
        List<Screen> screens = Screen.getScreens();
        coverScreen(board, screens.get(screens.size() > 1 ? 1 : 0));
        model.start();
        board.show();
    }

    /**
     * The citizen's rating window for this counter, on the last screen (the small touch screen facing the citizen
     * when there is one). Keyboard-emulating pads type into it.
     */
    public void openRatingScreen() {
        if (rating != null) {
            rating.toFront();
            return;
        }
        ratingModel = new RatingScreenViewModel(services.ratings(), services.ratingScreen(),
                services.settings().counterNumber(), services.executor(), services.messages(), services.clock());
        RatingScreenViewModel model = ratingModel;
        RatingScreenView view = new RatingScreenView(model, services.messages(), services.settings().agencyName());
        rating = window(view.root(), "satisfaction.windowTitle", new KeyFrame(Duration.seconds(1), e -> model.tick()),
                () -> {
                    model.dispose();
                    rating = null;
                    ratingModel = null;
                });
        List<Screen> screens = Screen.getScreens();
        coverScreen(rating, screens.getLast());
        rating.getScene().getAccelerators().put(LEAVE_KIOSK, rating::close);
        model.start();
        rating.show();
    }

    /**
     * Fills the screen with a borderless window. Not JavaFX full-screen mode: its exit hint and Esc handling are
     * for desktop users, and a citizen must not be able to leave the kiosk.
     */
    private static void coverScreen(Stage stage, Screen screen) {
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    private Stage window(Parent root, String titleKey, KeyFrame poll, Runnable onClosed) {
        Stage stage = new Stage(StageStyle.UNDECORATED);
        Scene scene = new Scene(root, 1280, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setTitle(services.messages().format(titleKey, services.settings().agencyName()));
        javafx.animation.Timeline timeline = new javafx.animation.Timeline(poll);
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        stage.setOnHidden(e -> {
            timeline.stop();
            onClosed.run();
        });
        return stage;
    }

    public void closeAll() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (board != null) {
            board.close();
        }
        if (rating != null) {
            rating.close();
        }
    }

    // For tests and the screenshot tool.
    Scene kioskScene() {
        return kiosk.getScene();
    }

    Scene boardScene() {
        return board.getScene();
    }

    KioskViewModel kioskModel() {
        return kioskModel;
    }

    DisplayBoardViewModel boardModel() {
        return boardModel;
    }

    Scene ratingScene() {
        return rating.getScene();
    }

    RatingScreenViewModel ratingModel() {
        return ratingModel;
    }
}
