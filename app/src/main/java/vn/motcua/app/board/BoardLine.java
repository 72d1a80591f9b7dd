package vn.motcua.app.board;

/** One line of the display board: a ticket number and the counter it goes to (or is at). */
public record BoardLine(String number, String counter, String time) {
}
