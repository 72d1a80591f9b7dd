package vn.motcua.app.kiosk;

import vn.motcua.core.queue.ServiceId;

/** One service button on the kiosk: what it says and whether tickets can be taken now. */
public record ServiceTile(ServiceId id, String prefix, String name, String hours, boolean open, String closedReason) {
}
