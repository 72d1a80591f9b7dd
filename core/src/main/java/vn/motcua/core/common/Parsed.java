package vn.motcua.core.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of reading untrusted input: either a value or an error value. Bad input is an
 * expected outcome at a counter, so it is returned, never thrown.
 *
 * @param <T> the value read
 * @param <E> the error type, typically an enum or sealed interface carrying a message key
 */
public sealed interface Parsed<T, E> {

    record Ok<T, E>(T value) implements Parsed<T, E> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Err<T, E>(E error) implements Parsed<T, E> {
        public Err {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T, E> Parsed<T, E> ok(T value) {
        return new Ok<>(value);
    }

    static <T, E> Parsed<T, E> err(E error) {
        return new Err<>(error);
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    default Optional<T> toOptional() {
        return this instanceof Ok<T, E> ok ? Optional.of(ok.value()) : Optional.empty();
    }

    default Optional<E> errorOptional() {
        return this instanceof Err<T, E> err ? Optional.of(err.error()) : Optional.empty();
    }

    default <U> Parsed<U, E> map(Function<? super T, ? extends U> mapper) {
        return switch (this) {
            case Ok<T, E> ok -> ok(mapper.apply(ok.value()));
            case Err<T, E> err -> err(err.error());
        };
    }

    default <U> Parsed<U, E> flatMap(Function<? super T, ? extends Parsed<U, E>> mapper) {
        return switch (this) {
            case Ok<T, E> ok -> mapper.apply(ok.value());
            case Err<T, E> err -> err(err.error());
        };
    }

    default <F> Parsed<T, F> mapError(Function<? super E, ? extends F> mapper) {
        return switch (this) {
            case Ok<T, E> ok -> ok(ok.value());
            case Err<T, E> err -> err(mapper.apply(err.error()));
        };
    }
}
