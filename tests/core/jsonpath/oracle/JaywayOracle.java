// Evaluates JSON Path cases with Debian's Jayway JsonPath (libjsonpath-java, 2.0.0) for
// tst_jsonpath_oracle. One JVM serves a whole batch: each stdin line is a JSON object
// {"document": "<JSON text>", "path": "<expression>"}, and each stdout line the outcome, in order:
//   {"kind": "value", "value": <JSON>}
//   {"kind": "PathNotFound" | "InvalidPath" | "Error", "message": "..."}
// The document travels as text so Jayway parses it with its own default provider (json-smart),
// exactly as a caller of JsonPath.parse(String) would see it.
//
// Run with the single-file source launcher, so no build step is needed:
//   java -cp /usr/share/java/json-path.jar:/usr/share/java/json-smart.jar:... JaywayOracle.java

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import net.minidev.json.JSONObject;
import net.minidev.json.JSONStyle;
import net.minidev.json.JSONValue;
import net.minidev.json.parser.JSONParser;

public final class JaywayOracle {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        // A strict parser for the request lines themselves; the documents go through Jayway.
        JSONParser parser = new JSONParser(JSONParser.MODE_RFC4627);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty())
                continue;
            JSONObject request = (JSONObject) parser.parse(line);
            out.println(evaluate((String) request.get("document"), (String) request.get("path")));
        }
        out.flush();
    }

    private static String evaluate(String document, String path) {
        JSONObject result = new JSONObject();
        try {
            Object value = JsonPath.parse(document).read(path);
            result.put("kind", "value");
            result.put("value", value);
        } catch (PathNotFoundException e) {
            // Checked before InvalidPathException, which it extends.
            result.put("kind", "PathNotFound");
            result.put("message", String.valueOf(e.getMessage()));
        } catch (InvalidPathException e) {
            result.put("kind", "InvalidPath");
            result.put("message", String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            // Anything else Jayway throws (InvalidCriteriaException, ClassCastException, ...) is
            // reported by class so the test can show it, never mistaken for a value.
            result.put("kind", "Error");
            result.put("message", e.getClass().getName() + ": " + e.getMessage());
        }
        return JSONValue.toJSONString(result, JSONStyle.NO_COMPRESS);
    }
}
