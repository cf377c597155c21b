package fr.chambery.cqc.core.account;

import fr.chambery.cqc.core.actionlog.LoggedResources;
import fr.chambery.cqc.core.actionlog.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** What the action log records of accounts: the accounts themselves and their API tokens. */
@ApplicationScoped
public class AccountLog implements LoggedResources {

    public static final ResourceType ACCOUNT = new ResourceType("account");
    public static final ResourceType API_TOKEN = new ResourceType("api_token");

    @Override
    public List<ResourceType> resourceTypes() {
        return List.of(ACCOUNT, API_TOKEN);
    }
}
