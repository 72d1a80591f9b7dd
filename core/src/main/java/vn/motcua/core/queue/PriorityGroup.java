package vn.motcua.core.queue;

/** Which lane of a service's queue a ticket waits in. */
public enum PriorityGroup {
    NORMAL, PRIORITY
}
