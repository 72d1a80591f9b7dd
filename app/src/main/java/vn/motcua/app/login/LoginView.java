package vn.motcua.app.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.ui.FormParts;
import vn.motcua.app.theme.ProductMark;

/** The sign-in screen: the agency on the left, the form on the right. Binds to a {@link LoginViewModel}. */
public final class LoginView {
    private final BorderPane root = new BorderPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel model, Messages messages) {
        root.getStyleClass().add("login-screen");
        root.setId("loginScreen");

        Region strip = new Region();
        strip.getStyleClass().add("national-strip");
        root.setTop(strip);

        HBox card = new HBox(brandPanel(model, messages), formPanel(model, messages));
        card.getStyleClass().add("login-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("login-centre");
        root.setCenter(centre);

        Label footer = new Label(messages.get("app.footer"));
        footer.getStyleClass().add("footer-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(footer, gap);
        if (model.demoSettings()) {
            Label demo = new Label(messages.get("login.demoSettings"));
            demo.getStyleClass().add("demo-badge");
            demo.setId("demoSettings");
            bottom.getChildren().add(demo);
        }
        bottom.getStyleClass().add("login-footer");
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bottom);
    }

    private VBox brandPanel(LoginViewModel model, Messages messages) {
        Label office = new Label(messages.get("login.brand.office"));
        office.getStyleClass().add("brand-office");
        Label agency = new Label(model.agencyName());
        agency.getStyleClass().add("brand-agency");
        agency.setWrapText(true);
        agency.setId("agencyName");
        Label code = new Label(model.agencyLine());
        code.getStyleClass().add("brand-code");

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        Label product = new Label(messages.get("app.productName"));
        product.getStyleClass().add("brand-product");
        product.setWrapText(true);
        product.setId("productName");
        Label purpose = new Label(messages.get("login.brand.purpose"));
        purpose.getStyleClass().add("brand-purpose");
        purpose.setWrapText(true);
        HBox mark = new HBox(ProductMark.create(), new VBox(product, purpose));
        mark.getStyleClass().add("brand-mark-row");
        mark.setAlignment(Pos.CENTER_LEFT);

        Label counter = new Label(model.counterLine());
        counter.getStyleClass().add("counter-pill");
        counter.setId("loginCounter");

        Region rule = new Region();
        rule.getStyleClass().add("brand-rule");
        VBox.setMargin(rule, new Insets(10, 0, 0, 0));

        VBox panel = new VBox(office, agency, code, rule, spacer, mark, counter);
        panel.getStyleClass().add("login-brand");
        return panel;
    }

    private VBox formPanel(LoginViewModel model, Messages messages) {
        Label title = new Label(messages.get("login.title"));
        title.getStyleClass().add("form-title");
        Label subtitle = new Label(messages.get("login.subtitle"));
        subtitle.getStyleClass().add("form-subtitle");
        subtitle.setWrapText(true);

        Label usernameLabel = new Label(messages.get("login.username"));
        usernameLabel.getStyleClass().add("field-label");
        usernameLabel.setLabelFor(username);
        username.setId("username");
        username.setPromptText(messages.get("login.username.prompt"));
        username.textProperty().bindBidirectional(model.usernameProperty());
        username.disableProperty().bind(model.busyProperty());

        Label passwordLabel = new Label(messages.get("login.password"));
        passwordLabel.getStyleClass().add("field-label");
        passwordLabel.setLabelFor(password);
        password.setId("password");
        password.setPromptText(messages.get("login.password.prompt"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.disableProperty().bind(model.busyProperty());

        Label error = FormParts.errorLine("loginError", model.errorProperty());
        Button signIn = FormParts.primaryButton("signIn", messages.get("login.signIn"), model::signIn,
                model.busyProperty());
        signIn.setMaxWidth(Double.MAX_VALUE);
        VBox.setMargin(signIn, new Insets(16, 0, 6, 0));
        HBox busy = FormParts.busyRow(messages.get("login.checking"), model.busyProperty());
        busy.setId("loginBusy");

        Label hint = new Label(messages.get("login.firstRunHint"));
        hint.setId("firstRunHint");
        hint.getStyleClass().add("message-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(Double.MAX_VALUE);
        FormParts.showOnlyWhen(hint, model.firstRunHintProperty());

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label help = new Label(messages.get("login.help"));
        help.getStyleClass().add("muted-text");
        help.setWrapText(true);

        VBox form = new VBox(title, subtitle, usernameLabel, username, passwordLabel, password, error, signIn, busy,
                hint, spacer, help);
        form.getStyleClass().add("login-form");
        return form;
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor where the clerk types next. */
    public void focusFirstField() {
        if (username.getText() == null || username.getText().isBlank()) {
            username.requestFocus();
        } else {
            password.requestFocus();
        }
    }
}
