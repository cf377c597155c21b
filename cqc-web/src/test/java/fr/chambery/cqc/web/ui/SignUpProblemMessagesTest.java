package fr.chambery.cqc.web.ui;

import fr.chambery.cqc.core.membership.SignUpProblem;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem of a sign-up is said in French (the core's own text) and in English. */
class SignUpProblemMessagesTest {

    @Test
    void everySignUpProblemHasItsFrenchTextAndAnEnglishOne() {
        ResourceBundle french = ResourceBundle.getBundle("fr.chambery.cqc.web.i18n.messages", Locale.FRENCH);
        ResourceBundle english = ResourceBundle.getBundle("fr.chambery.cqc.web.i18n.messages", Locale.ENGLISH);
        for (SignUpProblem problem : SignUpProblem.values()) {
            assertThat(french.getString(problem.key())).isEqualTo(problem.french());
            assertThat(english.getString(problem.key())).isNotBlank().isNotEqualTo(problem.french());
        }
    }
}
