package vn.motcua.core.queue;

/** Work done inside one queue store transaction. */
@FunctionalInterface
public interface QueueWork<T> {
    T run(QueueTransaction transaction);
}
