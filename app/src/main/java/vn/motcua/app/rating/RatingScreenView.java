package vn.motcua.app.rating;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.rating.RatingScreenViewModel.LevelChoice;
import vn.motcua.app.rating.RatingScreenViewModel.Phase;

/**
 * The rating window for the citizen's touch screen: large words, one large coloured button per level, the reasons
 * as buttons. Keys 1–9 (top row or keypad) are the keys of a keyboard-emulating pad.
 */
public final class RatingScreenView {
    private final VBox root = new VBox();

    public RatingScreenView(RatingScreenViewModel model, Messages messages, String agencyName) {
        root.setId("ratingScreen");
        root.getStyleClass().add("rating-screen");
        root.setAlignment(Pos.CENTER);
        Label agency = new Label(agencyName);
        agency.getStyleClass().add("rating-agency");
        Label title = label("ratingTitle", "rating-title");
        title.textProperty().bind(model.titleProperty());
        Label countdown = label("ratingCountdown", "rating-countdown");
        countdown.textProperty().bind(model.countdownProperty());
        Label message = label("ratingMessage", "rating-message");
        message.textProperty().bind(model.messageProperty());

        FlowPane levels = new FlowPane();
        levels.setId("ratingLevels");
        levels.getStyleClass().add("rating-levels");
        for (LevelChoice choice : model.levels()) {
            Button button = new Button(choice.label());
            button.setId("ratingLevel-" + choice.level().name());
            button.getStyleClass().addAll("rating-level",
                    "rating-level-" + choice.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setFocusTraversable(false);
            button.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.ASKING));
            button.setOnAction(e -> model.touch(choice));
            levels.getChildren().add(button);
        }
        showIn(levels, model, Phase.IDLE, Phase.ASKING);

        FlowPane reasons = new FlowPane();
        reasons.setId("ratingReasons");
        reasons.getStyleClass().add("rating-reasons");
        fillReasons(reasons, model, messages);
        model.reasons().addListener((ListChangeListener<String>) change -> fillReasons(reasons, model, messages));
        showIn(reasons, model, Phase.REASON);

        root.getChildren().addAll(agency, title, countdown, levels, reasons, message);
        // On the scene, not the root: the buttons never take the focus, so keys go to the scene itself.
        EventHandler<KeyEvent> pad = event -> {
            int key = digit(event.getCode());
            if (key > 0) {
                model.typed(key);
                event.consume();
            }
        };
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, pad);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, pad);
            }
        });
    }

    private static void fillReasons(FlowPane reasons, RatingScreenViewModel model, Messages messages) {
        reasons.getChildren().clear();
        int index = 0;
        for (String reason : model.reasons()) {
            Button button = new Button(reason);
            button.setId("ratingReason-" + index++);
            button.getStyleClass().addAll("rating-reason", "secondary-button");
            button.setFocusTraversable(false);
            button.setOnAction(e -> model.chooseReason(reason));
            reasons.getChildren().add(button);
        }
        Button skip = new Button(messages.get("satisfaction.screen.skipReason"));
        skip.setId("ratingSkipReason");
        skip.getStyleClass().addAll("rating-reason", "secondary-button");
        skip.setFocusTraversable(false);
        skip.setOnAction(e -> model.skipReason());
        reasons.getChildren().add(skip);
    }

    private static void showIn(FlowPane pane, RatingScreenViewModel model, Phase... phases) {
        pane.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> java.util.List.of(phases).contains(model.phaseProperty().get()), model.phaseProperty()));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    /** 1–9 from the top row or the numeric keypad; 0 for any other key. */
    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> 0;
        };
    }

    public Parent root() {
        return root;
    }
}
