package io.shmex.region;

import io.shmex.error.ShmexException;
import io.shmex.record.TestData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The slots a writer wants in a region. Immutable; build with {@link #builder()} or take
 * {@link #defaults()}, the layout both shmex apps share.
 *
 * @param slots the slots, in file order
 */
public record RegionSpec(List<SlotSpec> slots) {
    /** The image slot of the default layout. */
    public static final String IMAGE_SLOT = "image";
    /** The {@code TestData} record slot of the default layout. */
    public static final String RECORD_SLOT = "record";
    /** 10 MiB, the original tutorial's capacity. */
    public static final long DEFAULT_IMAGE_CAPACITY = 10L * 1024 * 1024;

    /** Copies the list and rejects duplicate names or an empty or oversized slot list. */
    public RegionSpec {
        slots = List.copyOf(slots);
        if (slots.isEmpty() || slots.size() > io.shmex.format.RegionFormat.MAX_SLOTS) {
            throw new ShmexException("a region needs 1 to " + io.shmex.format.RegionFormat.MAX_SLOTS
                    + " slots: slots=" + slots.size());
        }
        Set<String> names = new HashSet<>();
        for (SlotSpec slot : slots) {
            if (!names.add(slot.name())) {
                throw new ShmexException("duplicate slot name: slot=" + slot.name());
            }
        }
    }

    /** @return an image slot of 10 MiB and a {@code TestData} record slot */
    public static RegionSpec defaults() {
        return defaults(DEFAULT_IMAGE_CAPACITY);
    }

    /**
     * The default layout with another image capacity.
     *
     * @param imageCapacity bytes for the encoded image payload (path and image)
     * @return an image slot of that capacity and a {@code TestData} record slot
     */
    public static RegionSpec defaults(long imageCapacity) {
        return builder().bytes(IMAGE_SLOT, imageCapacity).record(RECORD_SLOT, TestData.CODEC).build();
    }

    /** @return a builder with no slots */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Finds a slot by name.
     *
     * @param name the slot name
     * @return the slot, if present
     */
    public Optional<SlotSpec> slot(String name) {
        return slots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Collects slots in the order they will be laid out in the file. */
    public static final class Builder {
        private final List<SlotSpec> slots = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a bytes slot.
         *
         * @param name slot name
         * @param capacity largest payload in bytes
         * @return this builder
         */
        public Builder bytes(String name, long capacity) {
            slots.add(SlotSpec.bytes(name, capacity));
            return this;
        }

        /**
         * Adds a record slot for the codec's layout.
         *
         * @param name slot name
         * @param codec the record codec
         * @return this builder
         */
        public Builder record(String name, io.shmex.record.RecordCodec<?> codec) {
            slots.add(SlotSpec.record(name, codec));
            return this;
        }

        /**
         * Adds any slot, e.g. one with a non-default buffer count.
         *
         * @param slot the slot
         * @return this builder
         */
        public Builder slot(SlotSpec slot) {
            slots.add(slot);
            return this;
        }

        /** @return the spec */
        public RegionSpec build() {
            return new RegionSpec(slots);
        }
    }
}
