/** Web concerns shared by every audience: language, navigation, the page template's beans. */
package com.atiende.web.common;
