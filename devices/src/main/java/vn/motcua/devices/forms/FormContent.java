package vn.motcua.devices.forms;

/** A filled form, ready for {@link FormRenderer}: which form it is and the values it prints. */
public interface FormContent {

    FormKind kind();

    FormValues values();

    /** What the PDF's title names after the form's own title, usually the dossier code. */
    String reference();
}
