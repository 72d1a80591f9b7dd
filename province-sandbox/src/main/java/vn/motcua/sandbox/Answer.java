package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One answer of the province: {@code {"error_code", "message", "data"}} and the HTTP status it travels with. */
record Answer(int httpStatus, String errorCode, String message, JsonNode data) {
    static final String FIELD = "TruongLoi";

    static Answer ok(JsonNode data) {
        return new Answer(200, "0", "Thành công", data);
    }

    /** Business refusals travel with HTTP 200, as the session-style provincial systems do. */
    static Answer refused(String errorCode, String message) {
        return new Answer(200, errorCode, message, null);
    }

    static Answer invalid(String field, String message) {
        ObjectNode data = JsonNodeFactory.instance.objectNode().put(FIELD, field);
        return new Answer(200, "422", message, data);
    }

    static Answer unavailable(int httpStatus) {
        String message = httpStatus == 503 ? "Hệ thống đang bảo trì, vui lòng thử lại sau" : "Lỗi hệ thống";
        return new Answer(httpStatus, String.valueOf(httpStatus), message, null);
    }

    ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("error_code", errorCode).put("message", message);
        json.set("data", data);
        return json;
    }
}
