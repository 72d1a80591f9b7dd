package vn.motcua.app.board;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;

/** The display board for the waiting room's screen: read from across the room, so few words and large type. */
public final class DisplayBoardView {
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final BorderPane root = new BorderPane();

    public DisplayBoardView(DisplayBoardViewModel model, Messages messages, String agencyName) {
        root.setId("displayBoard");
        root.getStyleClass().add("display-board");
        Label agency = new Label(agencyName);
        agency.getStyleClass().add("board-agency");
        Label unavailable = new Label();
        unavailable.setId("boardUnavailable");
        unavailable.getStyleClass().add("board-unavailable");
        unavailable.setWrapText(true);
        unavailable.setMaxWidth(Double.MAX_VALUE);
        unavailable.textProperty().bind(model.unavailableTextProperty());
        unavailable.visibleProperty().bind(model.unavailableProperty());
        unavailable.managedProperty().bind(model.unavailableProperty());
        root.setTop(new VBox(agency, unavailable));

        Label invite = new Label(messages.get("board.invite"));
        invite.getStyleClass().add("board-invite");
        Label number = new Label();
        number.setId("boardLatestNumber");
        number.getStyleClass().add("board-latest-number");
        number.textProperty().bind(model.latestNumberProperty());
        Label counter = new Label();
        counter.setId("boardLatestCounter");
        counter.getStyleClass().add("board-latest-counter");
        counter.textProperty().bind(model.latestCounterProperty().map(c -> c.isEmpty() ? "" : "→ " + c));
        VBox latest = new VBox(invite, number, counter);
        latest.getStyleClass().add("board-latest");
        latest.setAlignment(Pos.CENTER);
        model.highlightedProperty().addListener((obs, was, now) -> latest.pseudoClassStateChanged(HIGHLIGHTED, now));

        TableView<BoardLine> counters = table("boardCounters", model, messages.get("board.column.counter"),
                BoardLine::counter, messages.get("board.column.serving"), BoardLine::number);
        counters.setItems(model.counters());
        TableView<BoardLine> calls = table("boardLastCalls", model, messages.get("board.column.number"),
                BoardLine::number, messages.get("board.column.counter"), BoardLine::counter);
        calls.setItems(model.lastCalls());
        TableColumn<BoardLine, String> time = column(messages.get("board.column.time"), BoardLine::time);
        calls.getColumns().add(time);
        VBox left = titled(messages.get("board.counters"), counters);
        VBox right = titled(messages.get("board.lastCalls"), calls);
        HBox lists = new HBox(left, right);
        lists.getStyleClass().add("board-lists");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);

        VBox centre = new VBox(latest, lists);
        centre.getStyleClass().add("board-centre");
        // the last picture stays, dimmed: it may be out of date while the queue's server is away
        model.unavailableProperty().addListener((obs, was, now) -> centre.pseudoClassStateChanged(STALE, now));
        centre.pseudoClassStateChanged(STALE, model.unavailableProperty().get());
        VBox.setVgrow(lists, Priority.ALWAYS);
        root.setCenter(centre);
    }

    private static VBox titled(String title, TableView<BoardLine> table) {
        Label label = new Label(title);
        label.getStyleClass().add("board-list-title");
        VBox box = new VBox(label, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static TableView<BoardLine> table(String id, DisplayBoardViewModel model, String first,
            Function<BoardLine, String> firstValue, String second, Function<BoardLine, String> secondValue) {
        TableView<BoardLine> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().add("board-table");
        table.getColumns().add(column(first, firstValue));
        table.getColumns().add(column(second, secondValue));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFocusTraversable(false);
        table.setPlaceholder(new Label(""));
        return table;
    }

    private static TableColumn<BoardLine, String> column(String title, Function<BoardLine, String> value) {
        TableColumn<BoardLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())).getReadOnlyProperty());
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    public Parent root() {
        return root;
    }
}
