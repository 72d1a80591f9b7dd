package vn.motcua.app.scan;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;
import vn.motcua.app.ui.ShownAs;
import vn.motcua.core.scan.ScannerDevice;

/**
 * The scan panel: scanner and profile, the strip of page pictures (blank and skewed pages marked), page
 * actions with shortcuts, progress while scanning, and save. Laid over the intake workspace.
 */
public final class ScanPanelView {
    public static final KeyCombination SCAN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ROTATE_LEFT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ROTATE_RIGHT = new KeyCodeCombination(KeyCode.RIGHT,
            KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination DESKEW = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination INTERLEAVE = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination REVERSE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination MOVE_LEFT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination MOVE_RIGHT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination TRIM = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ASSIGN = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination DELETE_BLANK = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final ScanPanelViewModel model;
    private final Messages messages;
    private final Runnable close;
    private final VBox root = new VBox();
    private final ListView<PageThumb> strip = new ListView<>();
    private Button scanButton;
    private final ChoiceBox<ScanTarget.Component> component = new ChoiceBox<>();

    public ScanPanelView(ScanPanelViewModel model, Messages messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.close = close;
        root.setId("scanPanel");
        root.getStyleClass().addAll("card", "scan-panel");
        Label title = new Label(model.title());
        title.getStyleClass().add("card-title");
        strip.setId("scanPages");
        strip.setOrientation(Orientation.HORIZONTAL);
        strip.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        strip.setItems(model.pages());
        strip.setCellFactory(list -> new PageCell());
        Label empty = new Label(messages.get("scan.empty"));
        empty.getStyleClass().add("muted-text");
        strip.setPlaceholder(empty);
        VBox.setVgrow(strip, Priority.ALWAYS);
        root.getChildren().addAll(title, controls(), strip, pageActions(), footer());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private HBox controls() {
        ChoiceBox<ScannerDevice> device = new ChoiceBox<>(model.devices());
        device.setId("scanDevice");
        device.valueProperty().bindBidirectional(model.deviceProperty());
        device.setConverter(ShownAs.of(d -> (d.vendor() + " " + d.model()).strip()));
        ChoiceBox<ScanProfile> profile = new ChoiceBox<>(model.profiles());
        profile.setId("scanProfile");
        profile.valueProperty().bindBidirectional(model.profileProperty());
        profile.setConverter(ShownAs.of(p -> messages.get(p.messageKey())));
        var busy = model.scanningProperty().or(model.savingProperty());
        Button scan = FormParts.primaryButton("scanButton", text("scan.action.scan", SCAN), model::scan, busy);
        scan.setDefaultButton(false);
        scanButton = scan;
        Button cancel = FormParts.secondaryButton("cancelScanButton", messages.get("scan.action.cancel"),
                model::cancel, model.scanningProperty().not());
        HBox row = new HBox(device, profile, scan, cancel);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox pageActions() {
        var off = model.scanningProperty().or(model.savingProperty());
        component.setId("assignComponent");
        component.setItems(model.components());
        component.getSelectionModel().selectFirst();
        HBox row = new HBox(
                action("rotateLeftButton", "scan.action.rotateLeft", ROTATE_LEFT, () -> model.rotate(selected(), -1)),
                action("rotateRightButton", "scan.action.rotateRight", ROTATE_RIGHT,
                        () -> model.rotate(selected(), 1)),
                action("deskewButton", "scan.action.deskew", DESKEW, () -> model.autoDeskew(selectedOrAll())),
                action("deletePageButton", "scan.action.delete", DELETE, () -> model.delete(selected())),
                action("trimButton", "scan.action.trim", TRIM, this::askMargin),
                action("moveLeftButton", "scan.action.moveLeft", MOVE_LEFT, () -> move(-1)),
                action("moveRightButton", "scan.action.moveRight", MOVE_RIGHT, () -> move(1)),
                action("deleteBlankButton", "scan.action.deleteBlank", DELETE_BLANK, model::deleteBlankPages),
                action("interleaveButton", "scan.action.interleave", INTERLEAVE, model::interleave),
                action("reverseButton", "scan.action.reverse", REVERSE, model::reverse),
                action("undoButton", "scan.action.undo", UNDO, model::undo),
                action("redoButton", "scan.action.redo", REDO, model::redo),
                action("assignButton", "scan.action.assign", ASSIGN, this::assignSelected));
        row.getChildren().forEach(node -> ((Button) node).disableProperty().bind(off));
        if (model.components().size() > 1) {
            row.getChildren().add(component);
        } else {
            row.getChildren().removeLast();
        }
        row.getStyleClass().add("counter-actions-row");
        return row;
    }

    private HBox footer() {
        ProgressBar progress = new ProgressBar();
        progress.setId("scanProgress");
        progress.progressProperty().bind(model.progressProperty());
        FormParts.showOnlyWhen(progress, model.scanningProperty().or(model.savingProperty()));
        Label message = FormParts.statusLine("scanMessage", model.messageProperty(),
                model.messageIsProblemProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        var busy = model.scanningProperty().or(model.savingProperty());
        Button done = FormParts.secondaryButton("closeScanButton", messages.get("scan.action.close"), close, busy);
        Button save = FormParts.primaryButton("saveScanButton", text("scan.action.save", SAVE), model::save, busy);
        save.setDefaultButton(false);
        HBox row = new HBox(progress, message, done, save);
        row.getStyleClass().add("button-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void shortcut(KeyEvent event) {
        Runnable action = null;
        if (SCAN.match(event)) {
            action = model::scan;
        } else if (SAVE.match(event)) {
            action = model::save;
        } else if (UNDO.match(event)) {
            action = model::undo;
        } else if (REDO.match(event)) {
            action = model::redo;
        } else if (ROTATE_LEFT.match(event)) {
            action = () -> model.rotate(selected(), -1);
        } else if (ROTATE_RIGHT.match(event)) {
            action = () -> model.rotate(selected(), 1);
        } else if (DELETE.match(event)) {
            action = () -> model.delete(selected());
        } else if (DESKEW.match(event)) {
            action = () -> model.autoDeskew(selectedOrAll());
        } else if (INTERLEAVE.match(event)) {
            action = model::interleave;
        } else if (REVERSE.match(event)) {
            action = model::reverse;
        } else if (TRIM.match(event)) {
            action = this::askMargin;
        } else if (MOVE_LEFT.match(event)) {
            action = () -> move(-1);
        } else if (MOVE_RIGHT.match(event)) {
            action = () -> move(1);
        } else if (ASSIGN.match(event) && model.components().size() > 1) {
            action = this::assignSelected;
        } else if (DELETE_BLANK.match(event)) {
            action = model::deleteBlankPages;
        } else if (event.getCode() == KeyCode.ESCAPE) {
            action = model.scanningProperty().get() ? model::cancel : close;
        }
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    private void askMargin() {
        List<String> ids = selectedOrAll();
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("5");
        dialog.setTitle(messages.get("scan.action.trim"));
        dialog.setHeaderText(messages.get("scan.trim.prompt"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(text -> {
            try {
                model.trimMargins(ids, Double.parseDouble(text.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                model.trimMargins(ids, -1);
            }
        });
    }

    /** Moves the selected pages one place left or right, keeping them selected. */
    private void move(int step) {
        List<Integer> indices = strip.getSelectionModel().getSelectedIndices().stream().sorted().toList();
        if (indices.isEmpty()) {
            return;
        }
        List<String> ids = selected();
        int target = Math.max(0, Math.min(model.pages().size() - ids.size(), indices.getFirst() + step));
        model.moveTo(ids, target);
        strip.getSelectionModel().clearSelection();
        strip.getSelectionModel().selectRange(target, target + ids.size());
    }

    private void assignSelected() {
        if (component.getValue() != null) {
            model.assign(selected(), component.getValue());
        }
    }

    private List<String> selected() {
        return strip.getSelectionModel().getSelectedItems().stream().map(PageThumb::id).toList();
    }

    private List<String> selectedOrAll() {
        List<String> ids = selected();
        return ids.isEmpty() ? model.pages().stream().map(PageThumb::id).toList() : ids;
    }

    private Button action(String id, String key, KeyCombination shortcut, Runnable run) {
        Button button = new Button(text(key, shortcut));
        button.setId(id);
        button.getStyleClass().add("secondary-button");
        button.setOnAction(e -> run.run());
        return button;
    }

    private String text(String key, KeyCombination shortcut) {
        return messages.format("counter.button", messages.get(key), shortcut.getDisplayText());
    }

    public Parent root() {
        return root;
    }

    public void focusScan() {
        scanButton.requestFocus();
    }

    /** A page picture with its number and, for a page to look at, why. */
    private static final class PageCell extends ListCell<PageThumb> {
        private final ImageView picture = new ImageView();
        private final Label caption = new Label();
        private final VBox box = new VBox(picture, caption);

        PageCell() {
            box.getStyleClass().add("scan-page");
            box.setAlignment(Pos.CENTER);
            picture.setPreserveRatio(true);
            picture.setFitHeight(200);
        }

        @Override
        protected void updateItem(PageThumb page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                setGraphic(null);
                return;
            }
            picture.setImage(page.image() == null ? null : SwingFXUtils.toFXImage(page.image(), null));
            caption.setText(page.note().isEmpty() ? Integer.toString(page.number())
                    : page.number() + " · " + page.note());
            box.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("blank"), page.blank());
            setGraphic(box);
        }
    }
}
