package vn.motcua.store.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.core.statistics.Breakdown;
import vn.motcua.core.statistics.DossierFigures;
import vn.motcua.core.statistics.GroupKey;
import vn.motcua.core.statistics.OfficeFigures;
import vn.motcua.core.statistics.QueueFigures;
import vn.motcua.core.statistics.RatingRecord;
import vn.motcua.core.statistics.SatisfactionFigures;
import vn.motcua.core.statistics.SecondsDistribution;

/**
 * A compact binary form of one day's {@link OfficeFigures} for {@code statistics_day}: unsigned LEB128 varints,
 * histograms as delta-coded values with their counts (a day's wait histogram of ~800 distinct seconds takes about
 * 2 KB), enums by name so reordering an enum cannot change what a stored row means. {@link #VERSION} is stored
 * with each row; a row of another version is recomputed, never misread.
 */
public final class FiguresCodec {
    public static final int VERSION = 1;

    private FiguresCodec() {
    }

    public static byte[] encode(OfficeFigures figures) {
        Out out = new Out();
        out.varint(figures.queue().size());
        new TreeMap<>(figures.queue()).forEach((key, q) -> {
            out.key(key);
            for (long n : new long[] {q.issued(), q.walkIns(), q.cancelled(), q.served(), q.noShows(), q.unserved(),
                    q.transferred(), q.quoted(), q.quoteWithin(), q.quoteEarly(), q.quoteMissSeconds()}) {
                out.varint(n);
            }
            out.histogram(q.waits());
            out.histogram(q.services());
        });
        out.varint(figures.satisfaction().size());
        new TreeMap<>(figures.satisfaction()).forEach((key, s) -> {
            out.key(key);
            out.varint(s.levels().size());
            s.levels().forEach((level, n) -> {
                out.text(level.name());
                out.varint(n);
            });
            out.varint(s.flagged().size());
            s.flagged().forEach((flag, n) -> {
                out.text(flag.name());
                out.varint(n);
            });
            out.varint(s.reasons().size());
            s.reasons().forEach((reason, n) -> {
                out.text(reason);
                out.varint(n);
            });
        });
        out.varint(figures.dossiers().size());
        new TreeMap<>(figures.dossiers()).forEach((key, d) -> {
            out.key(key);
            for (long n : new long[] {d.received(), d.intake(), d.supplementRequests(), d.withSupplement(),
                    d.refused(), d.ended(), d.onTime(), d.lateByTime(), d.lateBySupplements(), d.returned(),
                    d.components(), d.digitised(), d.reused(), d.fromNationalStore()}) {
                out.varint(n);
            }
        });
        out.varint(figures.openCounters().size());
        new TreeMap<>(figures.openCounters()).forEach((slot, n) -> {
            out.text(slot);
            out.varint(n);
        });
        return out.bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not a version-1 encoding */
    public static OfficeFigures decode(byte[] bytes) {
        In in = new In(bytes);
        try {
            Map<GroupKey, QueueFigures> queue = new HashMap<>();
            for (long i = in.varint(); i > 0; i--) {
                GroupKey key = in.key();
                long[] n = new long[11];
                for (int j = 0; j < n.length; j++) {
                    n[j] = in.varint();
                }
                queue.put(key, new QueueFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], in.histogram(),
                        in.histogram(), n[7], n[8], n[9], n[10]));
            }
            Map<GroupKey, SatisfactionFigures> satisfaction = new HashMap<>();
            for (long i = in.varint(); i > 0; i--) {
                GroupKey key = in.key();
                Map<RatingRecord.Level, Long> levels = new EnumMap<>(RatingRecord.Level.class);
                for (long j = in.varint(); j > 0; j--) {
                    levels.put(RatingRecord.Level.valueOf(in.text()), in.varint());
                }
                Map<RatingRecord.Flag, Long> flagged = new EnumMap<>(RatingRecord.Flag.class);
                for (long j = in.varint(); j > 0; j--) {
                    flagged.put(RatingRecord.Flag.valueOf(in.text()), in.varint());
                }
                Map<String, Long> reasons = new HashMap<>();
                for (long j = in.varint(); j > 0; j--) {
                    reasons.put(in.text(), in.varint());
                }
                satisfaction.put(key, new SatisfactionFigures(levels, flagged, reasons));
            }
            Map<GroupKey, DossierFigures> dossiers = new HashMap<>();
            for (long i = in.varint(); i > 0; i--) {
                GroupKey key = in.key();
                long[] n = new long[14];
                for (int j = 0; j < n.length; j++) {
                    n[j] = in.varint();
                }
                dossiers.put(key, new DossierFigures(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
                        n[10], n[11], n[12], n[13]));
            }
            Map<String, Long> open = new HashMap<>();
            for (long i = in.varint(); i > 0; i--) {
                open.put(in.text(), in.varint());
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("Trailing bytes after the figures");
            }
            return new OfficeFigures(queue, satisfaction, dossiers, open);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not a version " + VERSION + " figures encoding: " + e.getMessage(), e);
        }
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);

        void varint(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("Negative count " + value);
            }
            while ((value & ~0x7FL) != 0) {
                bytes.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            bytes.write((int) value);
        }

        void text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            bytes.writeBytes(utf8);
        }

        void key(GroupKey key) {
            text(key.breakdown().name());
            text(key.value());
        }

        void histogram(SecondsDistribution distribution) {
            long[] values = distribution.values();
            long[] counts = distribution.counts();
            varint(values.length);
            long previous = 0;
            for (int i = 0; i < values.length; i++) {
                varint(values[i] - previous);
                varint(counts[i]);
                previous = values[i];
            }
        }
    }

    /** Reads straight from the array (ByteArrayInputStream's synchronized reads cost more than the decoding). */
    private static final class In {
        final byte[] bytes;
        int position;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int available() {
            return bytes.length - position;
        }

        long varint() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (position >= bytes.length) {
                    throw new IOException("Truncated");
                }
                int b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("Varint too long");
        }

        String text() throws IOException {
            long length = varint();
            if (length > available()) {
                throw new IOException("Truncated text");
            }
            String text = new String(bytes, position, (int) length, StandardCharsets.UTF_8);
            position += (int) length;
            return text;
        }

        GroupKey key() throws IOException {
            return new GroupKey(Breakdown.valueOf(text()), text());
        }

        SecondsDistribution histogram() throws IOException {
            int n = Math.toIntExact(varint());
            long[] values = new long[n];
            long[] counts = new long[n];
            long previous = 0;
            for (int i = 0; i < n; i++) {
                previous += varint();
                values[i] = previous;
                counts[i] = varint();
            }
            return SecondsDistribution.ofSortedCounts(values, counts);
        }
    }

}
