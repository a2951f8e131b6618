/*
 * Copy buttons: <button type="button" class="copy-button" data-copy="ID" data-copied="TEXT" data-status="STATUS">
 * puts the text of the element with id ID on the clipboard and says TEXT in the element with id STATUS (a
 * role="status" region already on the page, so that the change is announced). A file of its own, not an inline
 * handler, for the page's Content-Security-Policy. The buttons are hidden (CSS) until this script has run, so a page
 * without JavaScript offers only the selectable text. One listener on the document serves the buttons that Ajax
 * updates bring in later.
 */
(function () {
    'use strict';
    document.documentElement.classList.add('can-copy');

    function say(button, text) {
        var status = document.getElementById(button.getAttribute('data-status'));
        if (status) {
            status.textContent = text;
        }
    }

    function selectOnly(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button.copy-button') : null;
        var source = button && document.getElementById(button.getAttribute('data-copy'));
        if (!source) {
            return;
        }
        var text = source.textContent.trim();
        var copied = function () { say(button, button.getAttribute('data-copied')); };
        // Selected in any case: if the clipboard refuses, the text is ready for Ctrl+C.
        selectOnly(source);
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(text).then(copied, function () {
                if (document.execCommand('copy')) {
                    copied();
                }
            });
        } else if (document.execCommand('copy')) {
            copied();
        }
    });
}());
