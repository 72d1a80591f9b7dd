package vn.motcua.sandbox;

/** Thrown inside a service to end the call with a business refusal (401, 404, 409, 422). */
final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Answer answer;

    private Refusal(Answer answer) {
        super(answer.errorCode() + " " + answer.message(), null, false, false);
        this.answer = answer;
    }

    static Refusal invalid(String field, String message) {
        return new Refusal(Answer.invalid(field, message));
    }

    static Refusal missing(String field) {
        return invalid(field, "Thiếu trường bắt buộc: " + field);
    }

    static Refusal of(String errorCode, String message) {
        return new Refusal(Answer.refused(errorCode, message));
    }

    static Refusal session() {
        return of("401", "Phiên làm việc đã hết hạn hoặc không tồn tại");
    }

    Answer answer() {
        return answer;
    }
}
