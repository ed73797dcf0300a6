package io.shmex.reader.cli;

/** Just enough JSON writing for the command line's two outputs, without a library. */
final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    Json begin() {
        return open("{");
    }

    Json end() {
        out.append('}');
        needComma = true;
        return this;
    }

    Json field(String name) {
        comma();
        string(name);
        out.append(':');
        needComma = false;
        return this;
    }

    Json value(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    Json value(long value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json value(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    Json beginArray() {
        return open("[");
    }

    Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    private Json open(String bracket) {
        comma();
        out.append(bracket);
        needComma = false;
        return this;
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
