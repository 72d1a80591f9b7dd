package vn.motcua.app.kiosk;

import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;

/**
 * The kiosk screen: touch-sized service buttons on a plain background, a priority toggle, and the outcome
 * (the ticket number in very large type, or why no ticket was given) until the citizen touches the screen.
 */
public final class KioskView {
    private final StackPane root = new StackPane();
    private final KioskViewModel model;
    private final Messages messages;
    private final TilePane tiles = new TilePane();

    public KioskView(KioskViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("kioskScreen");
        root.getStyleClass().add("kiosk-screen");
        root.getChildren().addAll(choosing(), result());
    }

    private VBox choosing() {
        Label agency = new Label(model.agencyName());
        agency.getStyleClass().add("kiosk-agency");
        Label title = new Label(messages.get("kiosk.title"));
        title.getStyleClass().add("kiosk-title");
        tiles.setId("kioskServices");
        tiles.getStyleClass().add("kiosk-tiles");
        tiles.setPrefColumns(2);
        model.services().addListener((ListChangeListener<ServiceTile>) change -> fillTiles());
        fillTiles();
        ToggleButton priority = new ToggleButton(messages.get("kiosk.priority"));
        priority.setId("kioskPriority");
        priority.getStyleClass().add("kiosk-priority");
        priority.selectedProperty().bindBidirectional(model.priorityProperty());
        priority.setWrapText(true);
        Label staff = new Label();
        staff.setId("kioskStaffNotice");
        staff.getStyleClass().add("kiosk-staff-notice");
        staff.textProperty().bind(model.staffNoticeProperty());
        FormParts.showOnlyWhen(staff, model.staffNoticeProperty().isNotEmpty());
        VBox box = new VBox(agency, title, tiles, priority, staff);
        box.getStyleClass().add("kiosk-choosing");
        box.setAlignment(Pos.TOP_CENTER);
        box.visibleProperty().bind(model.showingResultProperty().not());
        return box;
    }

    private void fillTiles() {
        tiles.getChildren().setAll(model.services().stream().map(this::tile).toList());
    }

    private Button tile(ServiceTile service) {
        Label prefix = new Label(service.prefix());
        prefix.getStyleClass().add("kiosk-tile-prefix");
        Label name = new Label(service.name());
        name.getStyleClass().add("kiosk-tile-name");
        name.setWrapText(true);
        Label note = new Label(service.open() ? service.hours() : service.closedReason());
        note.getStyleClass().add("kiosk-tile-note");
        note.setWrapText(true);
        VBox content = new VBox(prefix, name, note);
        content.setAlignment(Pos.CENTER);
        Button button = new Button();
        button.setGraphic(content);
        button.setId("kioskService-" + service.prefix());
        button.getStyleClass().add("kiosk-tile");
        button.setDisable(!service.open());
        button.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !service.open())));
        button.setOnAction(e -> model.choose(service));
        return button;
    }

    private HBox result() {
        Label number = new Label();
        number.setId("kioskTicketNumber");
        number.getStyleClass().add("kiosk-ticket-number");
        number.textProperty().bind(model.ticketNumberProperty());
        FormParts.showOnlyWhen(number, model.issuedProperty());
        Label service = new Label();
        service.getStyleClass().add("kiosk-ticket-service");
        service.setWrapText(true);
        service.textProperty().bind(model.ticketServiceProperty());
        Label details = new Label();
        details.setId("kioskTicketDetails");
        details.getStyleClass().add("kiosk-ticket-details");
        details.setWrapText(true);
        details.textProperty().bind(model.ticketDetailsProperty());
        Label message = new Label();
        message.setId("kioskMessage");
        message.getStyleClass().add("kiosk-message");
        message.setWrapText(true);
        message.textProperty().bind(model.resultMessageProperty());
        Button back = new Button(messages.get("kiosk.back"));
        back.setId("kioskBack");
        back.getStyleClass().add("kiosk-back");
        back.setOnAction(e -> model.backToStart());
        ImageView printed = new ImageView();
        printed.setId("kioskTrainingTicket");
        printed.imageProperty().bind(model.trainingTicketProperty().map(image -> SwingFXUtils.toFXImage(image, null)));
        printed.setPreserveRatio(true);
        printed.setFitHeight(420);
        Label training = new Label(messages.get("kiosk.training"));
        training.getStyleClass().add("kiosk-staff-notice");
        VBox preview = new VBox(training, printed);
        preview.setAlignment(Pos.CENTER);
        FormParts.showOnlyWhen(preview, model.trainingTicketProperty().isNotNull());
        VBox outcome = new VBox(number, service, details, message, back);
        outcome.getStyleClass().add("kiosk-result");
        outcome.setAlignment(Pos.CENTER);
        HBox.setHgrow(outcome, javafx.scene.layout.Priority.ALWAYS);
        HBox box = new HBox(outcome, preview);
        box.getStyleClass().add("kiosk-result-row");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.showingResultProperty());
        box.setOnMouseClicked(e -> model.backToStart());
        return box;
    }

    public Parent root() {
        return root;
    }
}
