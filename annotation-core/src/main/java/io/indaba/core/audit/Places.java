package io.indaba.core.audit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The fixed lists behind region and country fields, so that agreement on them is never spelling noise. */
public final class Places {

    /** UN M49 macro-regions and sub-regions by their three-digit code. */
    private static final Map<String, String> REGIONS = regions(
            "001", "World", "002", "Africa", "015", "Northern Africa", "202", "Sub-Saharan Africa",
            "014", "Eastern Africa", "017", "Middle Africa", "018", "Southern Africa", "011", "Western Africa",
            "019", "Americas", "419", "Latin America and the Caribbean", "029", "Caribbean", "013", "Central America",
            "005", "South America", "021", "Northern America", "142", "Asia", "143", "Central Asia",
            "030", "Eastern Asia", "035", "South-eastern Asia", "034", "Southern Asia", "145", "Western Asia",
            "150", "Europe", "151", "Eastern Europe", "154", "Northern Europe", "039", "Southern Europe",
            "155", "Western Europe", "009", "Oceania", "053", "Australia and New Zealand", "054", "Melanesia",
            "057", "Micronesia", "061", "Polynesia");

    private static final List<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).sorted().toList();

    private Places() {
    }

    /** The M49 region codes in list order. */
    public static List<String> regionCodes() {
        return List.copyOf(REGIONS.keySet());
    }

    /** The ISO 3166-1 alpha-2 country codes, sorted. */
    public static List<String> countryCodes() {
        return COUNTRIES;
    }

    /** The English name of a region or country code, or the code itself. */
    public static String name(String code) {
        if (REGIONS.containsKey(code)) {
            return REGIONS.get(code);
        }
        String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    private static Map<String, String> regions(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
