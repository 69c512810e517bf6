package dev.teamfit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Trees written without an {@code ObjectMapper} come out exactly as one would write them. */
class JsonWriteTest {

    @Test
    void everyKindOfNodeIsWrittenAsAnObjectMapperWouldWriteIt() throws Exception {
        ObjectNode root = JsonNodeFactory.withExactBigDecimals(true).objectNode();
        root.put("text", "quote \" backslash \\ tab \t line\nünïcödé \u2028 control \u0001");
        root.put("int", 42);
        root.put("long", 1L << 40);
        root.put("big", new BigInteger("123456789012345678901234567890"));
        root.put("decimal", new BigDecimal("0.67"));
        root.put("wholeDecimal", new BigDecimal("1"));
        root.put("double", 0.1);
        root.put("largeDouble", 1e20);
        root.put("float", 2.5f);
        root.put("yes", true);
        root.putNull("nothing");
        root.putObject("empty");
        root.putArray("none");
        ArrayNode list = root.putArray("list");
        list.add(1).add("two").addNull().addObject().put("nested", false);
        list.addArray().add(3.5);
        String expected = new ObjectMapper().writer(JsonReport.prettyPrinter()).writeValueAsString(root) + "\n";
        assertEquals(expected, JsonReport.write(root));
    }
}
