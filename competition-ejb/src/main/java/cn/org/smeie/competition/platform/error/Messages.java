package cn.org.smeie.competition.platform.error;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Business messages in Chinese and English ({@code messages.properties} is English,
 * {@code messages_zh.properties} Chinese). The server's own default locale never decides the
 * language: an unknown locale gets English.
 */
public final class Messages {

    private static final String BUNDLE = "cn.org.smeie.competition.platform.error.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(arguments == null ? new Object[0] : arguments);
    }
}
