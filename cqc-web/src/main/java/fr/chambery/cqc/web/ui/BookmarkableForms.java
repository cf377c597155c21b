package fr.chambery.cqc.web.ui;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A form posts to its page's own address, view parameters included ({@code /admin/projet?id=12}), as it
 * was opened: a form posted after its view expired (the session ended) then reloads that very page with
 * {@code ViewExpiredExceptionHandler}, instead of a page without its parameters.
 */
public class BookmarkableForms extends ViewHandlerWrapper {

    public BookmarkableForms(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null || !viewId.equals(view.getViewId())) {
            return url;
        }
        StringJoiner query = new StringJoiner("&");
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                query.add(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.length() == 0 || url.contains("?") ? url : url + "?" + query;
    }
}
