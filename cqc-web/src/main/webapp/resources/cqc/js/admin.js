// Back office. PrimeFaces' rich-text editor (Quill) leaves its editing area unnamed: give it, and its
// container, the name of the field's label, also when Quill builds the area after the page has loaded.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ui-texteditor').forEach(function (container) {
        var label = document.getElementById(container.id + '_label');
        if (!label) {
            return;
        }
        var name = function () {
            container.setAttribute('aria-labelledby', label.id);
            var area = container.querySelector('.ql-editor');
            if (area && area.getAttribute('aria-labelledby') !== label.id) {
                area.setAttribute('aria-labelledby', label.id);
                area.setAttribute('role', 'textbox');
                area.setAttribute('aria-multiline', 'true');
            }
        };
        name();
        new MutationObserver(name).observe(container, {childList: true, subtree: true});
    });
});
// Tab leaves the rich-text editor (RGAA 12.13, WCAG 2.1.2): Quill would type a tab character. A listener on
// the editor's container, in the capture phase, stops the key before Quill sees it and lets the browser
// move focus; Shift+Tab likewise. Indenting is done with the list buttons of the toolbar.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ui-texteditor').forEach(function (container) {
        container.addEventListener('keydown', function (event) {
            if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey
                    && event.target.classList && event.target.classList.contains('ql-editor')) {
                event.stopPropagation();
            }
        }, true);
    });
});
