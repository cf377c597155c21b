package fr.chambery.cqc.web.membership.ui;

import fr.chambery.cqc.core.membership.MemberSignIn.SignedInMember;
import fr.chambery.cqc.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The member's corner of the public pages' header: « Espace membre · Se connecter », or her first name and « Se déconnecter ». */
@Named
@RequestScoped
public class MemberArea {

    @Inject
    CurrentActor current;

    public boolean isSignedIn() {
        return current.member().isPresent();
    }

    public String getFirstName() {
        return current.member().map(SignedInMember::firstName).orElse("");
    }
}
