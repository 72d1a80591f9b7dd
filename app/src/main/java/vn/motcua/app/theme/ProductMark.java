package vn.motcua.app.theme;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The product's small square mark ("MC"), drawn with CSS so it needs no image file. */
public final class ProductMark {
    private ProductMark() {
    }

    public static StackPane create() {
        Label letters = new Label("MC");
        letters.getStyleClass().add("product-mark-letters");
        StackPane mark = new StackPane(letters);
        mark.getStyleClass().add("product-mark");
        return mark;
    }
}
