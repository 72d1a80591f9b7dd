package vn.motcua.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** One answer of the province: {@code {"error_code", "message", "data"}}; {@code "0"} is success. */
record ProvinceAnswer(String errorCode, String message, JsonNode data) {
    static final String SUCCESS = "0";
    static final String SESSION_EXPIRED = "401";
    static final String ALREADY_EXISTS = "409";
    static final String INVALID = "422";

    static ProvinceAnswer of(JsonNode json) {
        JsonNode data = json.path("data");
        return new ProvinceAnswer(json.path("error_code").asText(""), json.path("message").asText(""),
                data.isNull() ? MissingNode.getInstance() : data);
    }

    boolean is(String code) {
        return errorCode.equals(code);
    }

    /** The refusal as the clerk should read it: the province's message, with the field it names when it does. */
    String explanation() {
        String field = data.path("TruongLoi").asText("");
        return field.isEmpty() ? message : message + " (" + field + ")";
    }
}
