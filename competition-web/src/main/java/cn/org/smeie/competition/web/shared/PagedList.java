package cn.org.smeie.competition.web.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table that pages in the database: each page asks a boundary for {@code max} rows from
 * {@code first}, and the count for the paginator. The filters are the page's own fields, read by
 * the boundary calls passed in.
 */
public class PagedList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A boundary call for one page. */
    @FunctionalInterface
    public interface Page<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /** A boundary call for the number of rows. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** A boundary call for the row of a key (a selected row on another page), or null when the caller may not see it. */
    @FunctionalInterface
    public interface Row<T> extends Serializable {
        T find(long id);
    }

    private final Page<T> page;
    private final Count count;
    private final SerializableKey<T> key;
    private final Row<T> row;

    /** The row key of a row, for selection and row updates. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, java.io.Serializable {
    }

    public PagedList(Page<T> page, Count count, SerializableKey<T> key) {
        this(page, count, key, null);
    }

    /** A list whose rows may be selected across pages: a selected row's key (its id) is read back by {@code row}. */
    public PagedList(Page<T> page, Count count, SerializableKey<T> key, Row<T> row) {
        this.page = page;
        this.count = count;
        this.key = key;
        this.row = row;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.load(first, pageSize);
    }

    @Override
    public String getRowKey(T shown) {
        return String.valueOf(key.apply(shown));
    }

    /**
     * The row of a selected key, which may be on a page not loaded in this request: read back through the boundary
     * (its own checks apply); a key that is no number, or a row the caller may not see, selects nothing.
     */
    @Override
    public T getRowData(String rowKey) {
        if (row == null) {
            throw new UnsupportedOperationException("this list's rows are not selectable");
        }
        long id;
        try {
            id = Long.parseLong(rowKey);
        } catch (NumberFormatException notAKey) {
            return null;
        }
        for (T shown : getWrappedData() == null ? List.<T>of() : getWrappedData()) {
            if (String.valueOf(key.apply(shown)).equals(rowKey)) {
                return shown;
            }
        }
        return row.find(id);
    }
}
