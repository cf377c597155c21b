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
