package io.indaba.core.text;

import com.ibm.icu.lang.UCharacter;

import java.math.BigInteger;

/**
 * Ethiopic numerals (U+1369-U+137C), which are additive rather than positional: ፲፪ is 10 + 2, ፻ multiplies
 * what precedes it by 100 and ፼ by 10,000.
 */
public final class EthiopicNumerals {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private EthiopicNumerals() {
    }

    /** Whether {@code cp} is an Ethiopic numeral sign. */
    public static boolean isNumeral(int cp) {
        return cp >= 0x1369 && cp <= 0x137C;
    }

    /**
     * The value of a run of Ethiopic numerals, such as 12 for ፲፪ or 1,234 for ፲፪፻፴፬.
     *
     * @throws IllegalArgumentException when {@code run} holds anything but Ethiopic numerals
     */
    public static BigInteger valueOf(CharSequence run) {
        BigInteger total = BigInteger.ZERO; // everything already multiplied by ፼
        BigInteger hundreds = BigInteger.ZERO; // groups closed by ፻ since the last ፼
        long units = 0; // ones and tens since the last ፻ or ፼
        for (int i = 0; i < run.length(); ) {
            int cp = Character.codePointAt(run, i);
            i += Character.charCount(cp);
            if (!isNumeral(cp)) {
                throw new IllegalArgumentException("not an Ethiopic numeral: U+" + Integer.toHexString(cp));
            }
            int value = UCharacter.getNumericValue(cp);
            if (value == 100) {
                hundreds = hundreds.add(BigInteger.valueOf(units == 0 ? 1 : units).multiply(HUNDRED));
                units = 0;
            } else if (value == 10_000) {
                BigInteger before = total.add(hundreds).add(BigInteger.valueOf(units));
                total = (before.signum() == 0 ? BigInteger.ONE : before).multiply(TEN_THOUSAND);
                hundreds = BigInteger.ZERO;
                units = 0;
            } else {
                units += value;
            }
        }
        return total.add(hundreds).add(BigInteger.valueOf(units));
    }
}
