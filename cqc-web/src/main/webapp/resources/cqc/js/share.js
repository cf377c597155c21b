// « Copier le lien »: copies the page address shown in the read-only field, and says so to screen readers.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.js-copy-link').forEach(function (button) {
        button.addEventListener('click', function () {
            var field = document.getElementById(button.dataset.target);
            var status = button.parentElement.querySelector('.copy-status');
            var done = function () { if (status) { status.textContent = button.dataset.copied; } };
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
            } else {
                field.select();
                if (document.execCommand('copy')) { done(); }
            }
        });
    });
});
