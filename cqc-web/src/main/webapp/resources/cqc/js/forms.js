// Forms, on the public pages and in the back office (a file of ours: the Content-Security-Policy allows no
// inline script).
// 1. After a refused submission, each field error (.field-error) is tied to its field: the error gets an id,
//    the field points at it (aria-describedby) and is aria-invalid; a disclosure (<details>) holding it is
//    opened; focus goes to the first invalid field.
// 2. Otherwise, after an update, focus goes where the user was: the control named by the server (main's data-focus,
//    the control's data-focus-key), or the confirmation message (.flash-info), so that nobody has to Tab back from the top.
// 3. Tables wider than the screen scroll inside a labelled, focusable region (WCAG 1.4.10 allows it for data tables).
document.addEventListener('DOMContentLoaded', function () {
    var first = null;
    document.querySelectorAll('.field-error').forEach(function (error, index) {
        if (!error.textContent.trim()) {
            return;
        }
        var field = error.closest('.field');
        var controls = field ? field.querySelectorAll('input:not([type=hidden]), select, textarea') : [];
        if (!controls.length) {
            return;
        }
        var disclosure = error.closest('details');
        if (disclosure) {
            disclosure.open = true;
        }
        if (!error.id) {
            error.id = (controls[0].id || 'field-' + index).replace(/:/g, '-') + '-error';
        }
        controls.forEach(function (control) {
            var described = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (described.indexOf(error.id) < 0) {
                described.push(error.id);
            }
            control.setAttribute('aria-describedby', described.join(' '));
            control.setAttribute('aria-invalid', 'true');
        });
        if (!first) {
            first = controls[0];
        }
    });
    if (first) {
        first.focus();
        return;
    }
    var main = document.querySelector('main[data-focus]');
    var key = main ? main.getAttribute('data-focus') : null;
    var target = key ? document.querySelector('[data-focus-key="' + CSS.escape(key) + '"]') : null;
    if (!target) {
        target = document.querySelector('.flash-info');
        if (target) {
            target.setAttribute('tabindex', '-1');
        }
    }
    if (target) {
        target.focus();
    }
});
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('main table').forEach(function (table, index) {
        if (table.closest('.table-scroll') || !table.querySelector('th')) {
            return;
        }
        var wrapper = table.parentElement.classList.contains('ui-datatable-tablewrapper') ? table.parentElement : null;
        var region = wrapper || document.createElement('div');
        region.classList.add('table-scroll');
        region.setAttribute('role', 'region');
        region.setAttribute('tabindex', '0');
        var caption = table.querySelector('caption');
        var labelledBy = table.getAttribute('aria-labelledby') || (table.closest('[aria-labelledby]') || {getAttribute: function () { return null; }}).getAttribute('aria-labelledby');
        if (caption) {
            caption.id = caption.id || 'table-caption-' + index;
            region.setAttribute('aria-labelledby', caption.id);
        } else if (labelledBy) {
            region.setAttribute('aria-labelledby', labelledBy);
        } else {
            region.setAttribute('aria-label', document.title);
        }
        if (!wrapper) {
            table.parentNode.insertBefore(region, table);
            region.appendChild(table);
        }
    });
});
