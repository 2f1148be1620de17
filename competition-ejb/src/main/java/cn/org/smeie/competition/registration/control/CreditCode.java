package cn.org.smeie.competition.registration.control;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 31 symbols,
 * the last a check character over the first 17.
 */
public final class CreditCode {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = SYMBOLS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        return SYMBOLS.indexOf(code.charAt(17)) == (31 - sum % 31) % 31;
    }
}
